package fr.formation.testsupport;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.hibernate.SessionFactory;

/** Counts the SQL statements Hibernate prepares (statistics are on in the test profile). */
@ApplicationScoped
public class SqlStatements {

    @Inject
    SessionFactory sessionFactory;

    /** How many statements the action prepared. Tests run one at a time, so nothing else is counted. */
    public long count(Runnable action) {
        sessionFactory.getStatistics().clear();
        action.run();
        return sessionFactory.getStatistics().getPrepareStatementCount();
    }
}
