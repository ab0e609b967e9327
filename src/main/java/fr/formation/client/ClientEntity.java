package fr.formation.client;

import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A client: a company, or a private individual or self-employed person who is also the learner. */
@Entity
@Table(name = "client")
public class ClientEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    @Enumerated(EnumType.STRING)
    public ClientKind kind;

    @Column(nullable = false)
    public String name;

    /** The person, for individual clients; null for companies. */
    @Column(name = "learner_id")
    public Long learnerId;
}
