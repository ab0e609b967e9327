package fr.formation.learner;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import fr.formation.common.Cursor;
import fr.formation.common.PageInfo;
import fr.formation.common.PageRequest;
import fr.formation.common.SearchPattern;

/** Reads learners and their email history for the API. */
@ApplicationScoped
public class LearnerService {

    static final String CONNECTION = "learners";
    /** Longer search strings are refused rather than scanned. */
    static final int MAX_SEARCH_LENGTH = 100;

    /**
     * A learner matches a search on either name, both names in either order, or the email: one expression holding
     * them all ("first last first email"), which the trigram index learner_search_idx serves (migration V3).
     */
    private static final String MATCHES = """
            (cast(:search as text) is null
             or lower(l.first_name || ' ' || l.last_name || ' ' || l.first_name || ' ' || l.email) like :search escape '\\')
            """;

    /** Rows after the cursor's, in (last name, first name, id) order; the cursor row is read back by its id. */
    private static final String PAGE = "select l.* from learner l where " + MATCHES + """
             and (cast(:after as bigint) is null
                  or (l.last_name, l.first_name, l.id) > (select a.last_name, a.first_name, a.id from learner a where a.id = :after))
            order by l.last_name, l.first_name, l.id
            limit :limit
            """;

    private static final String COUNT = "select count(*) from learner l where " + MATCHES;

    @Inject
    EntityManager em;

    @Transactional
    public LearnerConnection learners(PageRequest page, String search) {
        String pattern = SearchPattern.contains("search", search, MAX_SEARCH_LENGTH);
        @SuppressWarnings("unchecked")
        List<LearnerEntity> rows = em.createNativeQuery(PAGE, LearnerEntity.class)
                .setParameter("search", pattern)
                .setParameter("after", page.afterPk())
                .setParameter("limit", page.first() + 1)
                .getResultList();
        long total = ((Number) em.createNativeQuery(COUNT).setParameter("search", pattern).getSingleResult()).longValue();
        PageInfo pageInfo = PageInfo.of(CONNECTION, page, rows, row -> row.id);
        List<LearnerEdge> edges = rows.stream().limit(page.first())
                .map(row -> new LearnerEdge(Cursor.encode(CONNECTION, row.id), Learner.of(row)))
                .toList();
        return new LearnerConnection(edges, pageInfo, Math.toIntExact(total));
    }

    @Transactional
    public Optional<Learner> byId(long pk) {
        return LearnerEntity.<LearnerEntity> findByIdOptional(pk).map(Learner::of);
    }

    /** One query for any number of learners. */
    @Transactional
    public Map<Long, Learner> byIds(Collection<Long> pks) {
        if (pks.isEmpty()) {
            return Map.of();
        }
        return LearnerEntity.<LearnerEntity> list("id in ?1", pks.stream().distinct().toList()).stream()
                .map(Learner::of)
                .collect(Collectors.toMap(Learner::pk, Function.identity()));
    }

    /** The email history of several learners in one query, newest first. */
    @Transactional
    public Map<Long, List<EmailMessage>> emailHistories(Collection<Long> learnerPks) {
        if (learnerPks.isEmpty()) {
            return Map.of();
        }
        return EmailMessageEntity.<EmailMessageEntity> list(
                "learnerId in ?1 order by sentAt desc, id desc", learnerPks.stream().distinct().toList()).stream()
                .map(EmailMessage::of)
                .collect(Collectors.groupingBy(EmailMessage::learnerPk));
    }

    @Transactional
    public Optional<EmailMessage> emailById(long pk) {
        return EmailMessageEntity.<EmailMessageEntity> findByIdOptional(pk).map(EmailMessage::of);
    }
}
