package fr.formation.removal;

import java.util.EnumSet;
import java.util.Set;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

/** Every kind of record a removal deletes or keeps, in the order of the help article. */
@Enum("ArtifactType")
@Description("Everything a removal deletes or keeps, one entry per kind of record.")
public enum ArtifactType {
    QUOTE("Quote"),
    CRM_OPPORTUNITY("Sales opportunity"),
    TRAINING_CONTRACT("Training contract"),
    COURSE_START_NOTICE("Course start notice"),
    PORTAL_ACCESS("Training portal access"),
    ELEARNING_ACCESS("eLearning access"),
    ATTENDANCE_SIGNATURE("Attendance signature"),
    EVALUATION("Evaluation"),
    CERTIFICATE_OF_ATTENDANCE("Certificate of attendance"),
    CERTIFICATE_OF_ACHIEVEMENT("Certificate of achievement"),
    DIPLOMA("Diploma"),
    INVOICE("Invoice"),
    EMAIL("Email");

    /** The commercial documents: a client's for a session, not a learner's. */
    static final Set<ArtifactType> COMMERCIAL = EnumSet.of(QUOTE, CRM_OPPORTUNITY, TRAINING_CONTRACT, INVOICE);

    private final String label;

    ArtifactType(String label) {
        this.label = label;
    }

    /** How a person reads this type, e.g. "Certificate of achievement". */
    public String label() {
        return label;
    }

    /** What a removal of that kind deletes (removal-rules.md): the learner's records, and for an individual client their commercial documents too. */
    public static Set<ArtifactType> deletedBy(RemovalKind kind) {
        Set<ArtifactType> types = EnumSet.range(COURSE_START_NOTICE, DIPLOMA);
        if (kind == RemovalKind.INDIVIDUAL_CLIENT) {
            types.addAll(COMMERCIAL);
        }
        return types;
    }

    /** What a removal of that kind reports as kept: the email history, and for a company learner the company's documents. */
    public static Set<ArtifactType> preservedBy(RemovalKind kind) {
        Set<ArtifactType> types = EnumSet.of(EMAIL);
        if (kind == RemovalKind.COMPANY_LEARNER) {
            types.addAll(COMMERCIAL);
        }
        return types;
    }
}
