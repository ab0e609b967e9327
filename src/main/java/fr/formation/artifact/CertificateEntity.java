package fr.formation.artifact;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A certificate of attendance, certificate of achievement or diploma. */
@Entity
@Table(name = "certificate")
public class CertificateEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "enrollment_id", nullable = false)
    public Long enrollmentId;

    /** CERTIFICATE_OF_ATTENDANCE, CERTIFICATE_OF_ACHIEVEMENT or DIPLOMA. */
    @Column(nullable = false)
    public String kind;

    @Column(name = "issued_on", nullable = false)
    public LocalDate issuedOn;

    /** When it was sent to the learner; null while not delivered. */
    @Column(name = "delivered_at")
    public OffsetDateTime deliveredAt;
}
