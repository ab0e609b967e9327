package fr.formation.session;


import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A learner's place in one session, through one client. */
@Entity
@Table(name = "enrollment")
public class EnrollmentEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "session_id", nullable = false)
    public Long sessionId;

    @Column(name = "learner_id", nullable = false)
    public Long learnerId;

    @Column(name = "client_id", nullable = false)
    public Long clientId;
}
