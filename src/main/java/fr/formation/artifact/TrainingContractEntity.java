package fr.formation.artifact;

import java.time.LocalDate;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A training contract (individual client) or training agreement (company) for a session. */
@Entity
@Table(name = "training_contract")
public class TrainingContractEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "session_id", nullable = false)
    public Long sessionId;

    @Column(name = "client_id", nullable = false)
    public Long clientId;

    @Column(nullable = false)
    public String number;

    @Column(name = "signed_on")
    public LocalDate signedOn;
}
