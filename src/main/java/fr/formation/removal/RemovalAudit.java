package fr.formation.removal;

import java.io.StringReader;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonString;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import fr.formation.common.Cursor;
import fr.formation.common.PageInfo;
import fr.formation.common.PageRequest;

/**
 * The audit trail: writes a {@link Removal} in the removal's transaction and reads removals back. What a removal
 * deleted is kept in {@code removal_artifact}, one row per type with the ids and labels of the records.
 */
@ApplicationScoped
public class RemovalAudit {

    static final String CONNECTION = "removals";

    /** All groups of a removal in one statement, from a JSON array of {type, preserved, ids, labels}. */
    private static final String INSERT_GROUPS = """
            insert into removal_artifact (removal_id, artifact_type, preserved, record_count, record_ids, record_labels)
            select :removal, g.type, g.preserved, jsonb_array_length(g.ids),
                   array(select v::bigint from jsonb_array_elements_text(g.ids) with ordinality as a(v, n) order by n),
                   array(select v from jsonb_array_elements_text(g.labels) with ordinality as a(v, n) order by n)
              from jsonb_to_recordset(cast(:groups as jsonb)) as g(type text, preserved boolean, ids jsonb, labels jsonb)
            """;

    private static final String PAGE = """
            select r.* from removal r
            where (cast(:session as bigint) is null or r.session_id = :session)
              and (cast(:learner as bigint) is null or r.learner_id = :learner)
              and (cast(:after as bigint) is null
                   or (r.removed_at, r.id) < (select a.removed_at, a.id from removal a where a.id = :after))
            order by r.removed_at desc, r.id desc
            limit :limit
            """;

    private static final String COUNT = """
            select count(*) from removal r
            where (cast(:session as bigint) is null or r.session_id = :session)
              and (cast(:learner as bigint) is null or r.learner_id = :learner)
            """;

    @Inject
    EntityManager em;

    /** Records a removal; the caller's transaction makes it part of the removal itself. */
    Removal record(RemovalPlan plan, String reason, RemovalCaller caller) {
        RemovalEntity entity = new RemovalEntity();
        entity.kind = plan.kind();
        entity.sessionId = plan.session().pk();
        entity.learnerId = plan.learner().pk();
        entity.clientId = plan.client().pk();
        entity.removedEnrollmentId = plan.enrollmentPk();
        // PostgreSQL keeps microseconds: truncating here makes the payload equal what a later read returns.
        entity.removedAt = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        entity.removedBySubject = caller.subject();
        entity.removedByUsername = caller.username();
        entity.reason = reason;
        em.persist(entity);
        em.flush();

        JsonArrayBuilder groups = Json.createArrayBuilder();
        addGroups(groups, plan, ArtifactType.deletedBy(plan.kind()), false);
        addGroups(groups, plan, ArtifactType.preservedBy(plan.kind()), true);
        em.createNativeQuery(INSERT_GROUPS)
                .setParameter("removal", entity.id)
                .setParameter("groups", groups.build().toString())
                .executeUpdate();
        return new Removal(entity.id, entity.kind, entity.sessionId, entity.learnerId, entity.clientId,
                entity.removedEnrollmentId, plan.deletions(), plan.preserved(), plan.totalDeletions(),
                entity.removedAt, entity.reason, caller);
    }

    private static void addGroups(JsonArrayBuilder groups, RemovalPlan plan, Collection<ArtifactType> types,
            boolean preserved) {
        for (ArtifactType type : types) {
            JsonArrayBuilder ids = Json.createArrayBuilder();
            JsonArrayBuilder labels = Json.createArrayBuilder();
            plan.recordsOf(type).forEach(record -> {
                ids.add(record.pk());
                labels.add(record.label());
            });
            groups.add(Json.createObjectBuilder().add("type", type.name()).add("preserved", preserved)
                    .add("ids", ids).add("labels", labels));
        }
    }

    @Transactional
    public Optional<Removal> byId(long pk) {
        return RemovalEntity.<RemovalEntity> findByIdOptional(pk).map(entity -> withGroups(List.of(entity)).get(0));
    }

    @Transactional
    public RemovalConnection removals(PageRequest page, Long sessionPk, Long learnerPk) {
        @SuppressWarnings("unchecked")
        List<RemovalEntity> rows = em.createNativeQuery(PAGE, RemovalEntity.class)
                .setParameter("session", sessionPk)
                .setParameter("learner", learnerPk)
                .setParameter("after", page.afterPk())
                .setParameter("limit", page.first() + 1)
                .getResultList();
        long total = ((Number) em.createNativeQuery(COUNT)
                .setParameter("session", sessionPk)
                .setParameter("learner", learnerPk)
                .getSingleResult()).longValue();
        PageInfo pageInfo = PageInfo.of(CONNECTION, page, rows, row -> row.id);
        List<RemovalEdge> edges = withGroups(rows.stream().limit(page.first()).toList()).stream()
                .map(removal -> new RemovalEdge(Cursor.encode(CONNECTION, removal.pk()), removal))
                .toList();
        return new RemovalConnection(edges, pageInfo, Math.toIntExact(total));
    }

    /** Reads the groups of several removals in one query. */
    private List<Removal> withGroups(List<RemovalEntity> removals) {
        if (removals.isEmpty()) {
            return List.of();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select removal_id, artifact_type, preserved, array_to_json(record_ids)::text, array_to_json(record_labels)::text
                from removal_artifact where removal_id in (:removals)
                """)
                .setParameter("removals", removals.stream().map(removal -> removal.id).toList())
                .getResultList();
        Map<Long, List<Object[]>> byRemoval = rows.stream().collect(Collectors.groupingBy(row -> ((Number) row[0]).longValue()));
        return removals.stream().map(entity -> {
            Map<ArtifactType, ArtifactGroup> deleted = new EnumMap<>(ArtifactType.class);
            Map<ArtifactType, ArtifactGroup> preserved = new EnumMap<>(ArtifactType.class);
            for (Object[] row : byRemoval.getOrDefault(entity.id, List.of())) {
                ArtifactType type = ArtifactType.valueOf((String) row[1]);
                ArtifactGroup group = new ArtifactGroup(type, items(type, (String) row[3], (String) row[4]));
                ((Boolean) row[2] ? preserved : deleted).put(type, group);
            }
            int totalDeleted = deleted.values().stream().mapToInt(ArtifactGroup::count).sum();
            return new Removal(entity.id, entity.kind, entity.sessionId, entity.learnerId, entity.clientId,
                    entity.removedEnrollmentId, new ArrayList<>(deleted.values()), new ArrayList<>(preserved.values()),
                    totalDeleted, entity.removedAt, entity.reason,
                    new RemovalCaller(entity.removedBySubject, entity.removedByUsername));
        }).toList();
    }

    private static List<ArtifactItem> items(ArtifactType type, String idsJson, String labelsJson) {
        JsonArray ids = Json.createReader(new StringReader(idsJson)).readArray();
        JsonArray labels = Json.createReader(new StringReader(labelsJson)).readArray();
        List<ArtifactItem> items = new ArrayList<>(ids.size());
        for (int i = 0; i < ids.size(); i++) {
            items.add(new ArtifactItem(RemovalPlan.itemId(type, ids.getJsonNumber(i).longValue()),
                    ((JsonString) labels.get(i)).getString()));
        }
        return items;
    }
}
