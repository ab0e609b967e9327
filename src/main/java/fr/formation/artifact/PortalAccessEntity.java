package fr.formation.artifact;

import java.time.OffsetDateTime;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An enrollment's access to the training portal. */
@Entity
@Table(name = "portal_access")
public class PortalAccessEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "enrollment_id", nullable = false)
    public Long enrollmentId;

    @Column(nullable = false)
    public String login;

    @Column(name = "granted_at", nullable = false)
    public OffsetDateTime grantedAt;
}
