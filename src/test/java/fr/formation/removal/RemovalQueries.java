package fr.formation.removal;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import fr.formation.common.GlobalId;
import fr.formation.testsupport.GraphQL;
import io.restassured.path.json.JsonPath;

/** The GraphQL documents of the removal tests, and what they need to read the answers. */
final class RemovalQueries {

    static final String GROUPS = "{ type count items { id label } }";

    static final String PREVIEW = """
            query Preview($sessionId: ID!, $learnerId: ID!) {
              removalPreview(sessionId: $sessionId, learnerId: $learnerId) {
                kind totalDeletions version
                session { id name } learner { id lastName } client { id kind name }
                deletions %s
                preserved %s
                warnings { code message }
              }
            }
            """.formatted(GROUPS, GROUPS);

    static final String PAYLOAD = """
            {
              clientMutationId
              userErrors { field message code }
              removal {
                id kind totalDeleted removedAt reason removedEnrollmentId
                session { id } learner { id } client { id }
                deleted %s
                preserved %s
              }
            }
            """.formatted(GROUPS, GROUPS);

    static final String REMOVE_COMPANY_LEARNER = """
            mutation Remove($input: RemoveCompanyLearnerInput!) {
              removeCompanyLearner(input: $input) %s
            }
            """.formatted(PAYLOAD);

    static final String REMOVE_INDIVIDUAL_CLIENT = """
            mutation Remove($input: RemoveIndividualClientInput!) {
              removeIndividualClient(input: $input) %s
            }
            """.formatted(PAYLOAD);

    private static final Map<String, String> TABLE_OF_TYPE = Map.ofEntries(
            Map.entry("QUOTE", "quote"), Map.entry("CRM_OPPORTUNITY", "crm_opportunity"),
            Map.entry("TRAINING_CONTRACT", "training_contract"), Map.entry("COURSE_START_NOTICE", "course_start_notice"),
            Map.entry("PORTAL_ACCESS", "portal_access"), Map.entry("ELEARNING_ACCESS", "elearning_access"),
            Map.entry("ATTENDANCE_SIGNATURE", "attendance_signature"), Map.entry("EVALUATION", "evaluation"),
            Map.entry("CERTIFICATE_OF_ATTENDANCE", "certificate"), Map.entry("CERTIFICATE_OF_ACHIEVEMENT", "certificate"),
            Map.entry("DIPLOMA", "certificate"), Map.entry("INVOICE", "invoice"), Map.entry("EMAIL", "email_message"));

    private RemovalQueries() {
    }

    static JsonPath preview(String sessionId, String learnerId) {
        return GraphQL.ok(PREVIEW, GraphQL.vars("sessionId", sessionId, "learnerId", learnerId))
                .setRootPath("data.removalPreview");
    }

    static JsonPath removeCompanyLearner(Map<String, Object> input) {
        return GraphQL.ok(REMOVE_COMPANY_LEARNER, GraphQL.vars("input", input)).setRootPath("data.removeCompanyLearner");
    }

    static JsonPath removeIndividualClient(Map<String, Object> input) {
        return GraphQL.ok(REMOVE_INDIVIDUAL_CLIENT, GraphQL.vars("input", input))
                .setRootPath("data.removeIndividualClient");
    }

    /** The rows that artifact groups name, by table: what the snapshot should lose. */
    static Map<String, Set<Long>> rowsOf(List<Map<String, Object>> groups) {
        Map<String, Set<Long>> rows = new HashMap<>();
        for (Map<String, Object> group : groups) {
            String table = TABLE_OF_TYPE.get((String) group.get("type"));
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> items = (List<Map<String, Object>>) group.get("items");
            for (Map<String, Object> item : items) {
                GlobalId id = GlobalId.parse("id", (String) item.get("id"));
                if (!id.type().equals(group.get("type"))) {
                    throw new AssertionError("item " + item + " is not of its group's type " + group.get("type"));
                }
                rows.computeIfAbsent(table, t -> new HashSet<>()).add(id.pk());
            }
        }
        return rows;
    }

    /** Input maps allow nulls, which Map.of does not. */
    static Map<String, Object> input(Object... pairs) {
        return GraphQL.vars(pairs);
    }
}
