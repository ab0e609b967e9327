package fr.formation.artifact;

import java.math.BigDecimal;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A commercial opportunity in sales management (CRM) for a client and a session. */
@Entity
@Table(name = "crm_opportunity")
public class CrmOpportunityEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "session_id", nullable = false)
    public Long sessionId;

    @Column(name = "client_id", nullable = false)
    public Long clientId;

    @Column(nullable = false)
    public String title;

    /** LEAD, PROPOSAL, WON or LOST. */
    @Column(nullable = false)
    public String stage;

    @Column(nullable = false)
    public BigDecimal amount;
}
