package fr.formation.learner;

import java.time.OffsetDateTime;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An email sent to a learner. Linked to the learner, never to an enrollment: removals never delete it. */
@Entity
@Table(name = "email_message")
public class EmailMessageEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "learner_id", nullable = false)
    public Long learnerId;

    @Column(name = "client_id")
    public Long clientId;

    @Column(name = "session_id")
    public Long sessionId;

    @Column(nullable = false)
    public String subject;

    @Column(name = "sent_at", nullable = false)
    public OffsetDateTime sentAt;
}
