package fr.formation.artifact;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An evaluation or assessment a learner submitted. */
@Entity
@Table(name = "evaluation")
public class EvaluationEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "enrollment_id", nullable = false)
    public Long enrollmentId;

    @Column(nullable = false)
    public String title;

    @Column(name = "submitted_at", nullable = false)
    public OffsetDateTime submittedAt;

    public BigDecimal score;
}
