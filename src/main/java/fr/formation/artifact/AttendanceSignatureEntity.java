package fr.formation.artifact;

import java.time.OffsetDateTime;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An attendance signature for one half-day of one session date. */
@Entity
@Table(name = "attendance_signature")
public class AttendanceSignatureEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "enrollment_id", nullable = false)
    public Long enrollmentId;

    @Column(name = "session_date_id", nullable = false)
    public Long sessionDateId;

    /** AM or PM. */
    @Column(name = "half_day", nullable = false)
    public String halfDay;

    @Column(name = "signed_at", nullable = false)
    public OffsetDateTime signedAt;
}
