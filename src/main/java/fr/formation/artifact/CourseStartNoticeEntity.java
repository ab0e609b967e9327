package fr.formation.artifact;

import java.time.OffsetDateTime;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The course start notice (convocation) sent for an enrollment. */
@Entity
@Table(name = "course_start_notice")
public class CourseStartNoticeEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "enrollment_id", nullable = false)
    public Long enrollmentId;

    @Column(name = "sent_at", nullable = false)
    public OffsetDateTime sentAt;
}
