package fr.formation.removal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import fr.formation.client.Client;
import fr.formation.common.GlobalId;
import fr.formation.learner.Learner;
import fr.formation.session.TrainingSession;

/**
 * What removing one enrollment deletes and keeps: computed once by {@link RemovalPlanner#plan}, shown by the preview,
 * executed by the mutations. Preview and removal cannot drift apart because they are the same object.
 *
 * @param enrollmentPk      the enrollment removed
 * @param enrollmentVersion xmin of the enrollment row
 * @param records           every record found, by type (types without records are absent)
 */
record RemovalPlan(long enrollmentPk, String enrollmentVersion, RemovalKind kind, TrainingSession session,
        Learner learner, Client client, Map<ArtifactType, List<PlannedRecord>> records) {

    static String itemId(ArtifactType type, long pk) {
        return GlobalId.of(type.name(), pk);
    }

    List<ArtifactGroup> deletions() {
        return groups(ArtifactType.deletedBy(kind));
    }

    List<ArtifactGroup> preserved() {
        return groups(ArtifactType.preservedBy(kind));
    }

    int totalDeletions() {
        return ArtifactType.deletedBy(kind).stream().mapToInt(type -> recordsOf(type).size()).sum();
    }

    List<PlannedRecord> recordsOf(ArtifactType type) {
        return records.getOrDefault(type, List.of());
    }

    /** The primary keys the removal deletes, by type, every type of this kind present. */
    Map<ArtifactType, Set<Long>> deletedPks() {
        Map<ArtifactType, Set<Long>> pks = new EnumMap<>(ArtifactType.class);
        for (ArtifactType type : ArtifactType.deletedBy(kind)) {
            pks.put(type, recordsOf(type).stream().map(PlannedRecord::pk).collect(Collectors.toSet()));
        }
        return pks;
    }

    /**
     * A digest of the enrollment and of every record the removal would delete, with each row's xmin: adding,
     * changing or deleting any of them (a signature added, an invoice issued) changes it.
     */
    String version() {
        StringBuilder text = new StringBuilder("ENROLLMENT:").append(enrollmentPk).append(':').append(enrollmentVersion);
        for (ArtifactType type : ArtifactType.deletedBy(kind)) {
            recordsOf(type).stream().sorted((a, b) -> Long.compare(a.pk(), b.pk())).forEach(record -> text
                    .append('\n').append(type).append(':').append(record.pk()).append(':').append(record.rowVersion()));
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** What a person should know before confirming; only about records this removal deletes. */
    List<RemovalWarning> warnings() {
        Set<ArtifactType> deleted = ArtifactType.deletedBy(kind);
        List<RemovalWarning> warnings = new ArrayList<>();
        if (deleted.contains(ArtifactType.INVOICE)) {
            List<String> issued = recordsOf(ArtifactType.INVOICE).stream()
                    .filter(invoice -> !"DRAFT".equals(invoice.state())).map(PlannedRecord::label).toList();
            if (!issued.isEmpty()) {
                warnings.add(new RemovalWarning("INVOICE_ALREADY_ISSUED", issued.size()
                        + " invoice(s) already issued or paid will be deleted: " + String.join("; ", issued)
                        + ". French law requires issued invoices to be kept for 10 years; the usual remedy is a credit note."));
            }
        }
        if (deleted.contains(ArtifactType.TRAINING_CONTRACT)) {
            long signed = recordsOf(ArtifactType.TRAINING_CONTRACT).stream().filter(c -> "SIGNED".equals(c.state())).count();
            if (signed > 0) {
                warnings.add(new RemovalWarning("TRAINING_CONTRACT_SIGNED",
                        signed + " signed training contract(s) will be deleted."));
            }
        }
        long delivered = List.of(ArtifactType.CERTIFICATE_OF_ATTENDANCE, ArtifactType.CERTIFICATE_OF_ACHIEVEMENT,
                ArtifactType.DIPLOMA).stream().flatMap(type -> recordsOf(type).stream())
                .filter(certificate -> "DELIVERED".equals(certificate.state())).count();
        if (delivered > 0) {
            warnings.add(new RemovalWarning("CERTIFICATE_ALREADY_DELIVERED",
                    delivered + " certificate(s) or diploma(s) already delivered to the learner will be deleted."));
        }
        long pastSignatures = recordsOf(ArtifactType.ATTENDANCE_SIGNATURE).stream()
                .filter(signature -> "PAST".equals(signature.state())).count();
        if (pastSignatures > 0) {
            warnings.add(new RemovalWarning("ATTENDANCE_ALREADY_SIGNED",
                    pastSignatures + " attendance signature(s) for dates already past will be deleted."));
        }
        int evaluations = recordsOf(ArtifactType.EVALUATION).size();
        if (evaluations > 0) {
            warnings.add(new RemovalWarning("EVALUATION_ALREADY_SUBMITTED",
                    evaluations + " evaluation(s) the learner already submitted will be deleted."));
        }
        return warnings;
    }

    private List<ArtifactGroup> groups(Set<ArtifactType> types) {
        return types.stream()
                .map(type -> new ArtifactGroup(type, recordsOf(type).stream().map(PlannedRecord::item).toList()))
                .toList();
    }
}
