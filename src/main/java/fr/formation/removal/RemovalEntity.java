package fr.formation.removal;

import java.time.OffsetDateTime;

import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The audit record of a removal. */
@Entity
@Table(name = "removal")
public class RemovalEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    @Enumerated(EnumType.STRING)
    public RemovalKind kind;

    @Column(name = "session_id", nullable = false)
    public Long sessionId;

    @Column(name = "learner_id", nullable = false)
    public Long learnerId;

    @Column(name = "client_id", nullable = false)
    public Long clientId;

    @Column(name = "removed_enrollment_id", nullable = false)
    public Long removedEnrollmentId;

    @Column(name = "removed_at", nullable = false)
    public OffsetDateTime removedAt;

    /** The token subject of who removed: their stable id at the identity provider. */
    @Column(name = "removed_by_subject", nullable = false)
    public String removedBySubject;

    /** Their preferred username, as the token gave it. */
    @Column(name = "removed_by_username")
    public String removedByUsername;

    public String reason;
}
