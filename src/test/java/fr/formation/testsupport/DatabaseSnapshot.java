package fr.formation.testsupport;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Every row of every domain table, as text by id: compared before and after an operation, it proves that exactly
 * the expected rows went and that nothing else changed.
 */
@ApplicationScoped
public class DatabaseSnapshot {

    public static final List<String> TABLES = List.of("training_session", "session_date", "learner", "client",
            "enrollment", "course_start_notice", "portal_access", "elearning_access", "attendance_signature",
            "evaluation", "certificate", "quote", "crm_opportunity", "training_contract", "invoice", "email_message",
            "removal");

    @Inject
    EntityManager em;

    /** Table name → (id → the row as text). */
    @Transactional
    public Map<String, Map<Long, String>> take() {
        Map<String, Map<Long, String>> snapshot = new TreeMap<>();
        for (String table : TABLES) {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("select t.id, t::text from " + table + " t").getResultList();
            Map<Long, String> byId = new HashMap<>();
            rows.forEach(row -> byId.put(((Number) row[0]).longValue(), (String) row[1]));
            snapshot.put(table, byId);
        }
        return snapshot;
    }

    /** The snapshot without the given rows (table → ids). */
    public static Map<String, Map<Long, String>> without(Map<String, Map<Long, String>> snapshot,
            Map<String, Set<Long>> removed) {
        Map<String, Map<Long, String>> expected = new TreeMap<>();
        snapshot.forEach((table, rows) -> {
            Map<Long, String> kept = new HashMap<>(rows);
            removed.getOrDefault(table, Set.of()).forEach(kept::remove);
            expected.put(table, kept);
        });
        return expected;
    }
}
