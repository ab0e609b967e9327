package fr.formation.artifact;

import java.math.BigDecimal;
import java.time.LocalDate;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An invoice to a client for a session. */
@Entity
@Table(name = "invoice")
public class InvoiceEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "session_id", nullable = false)
    public Long sessionId;

    @Column(name = "client_id", nullable = false)
    public Long clientId;

    @Column(nullable = false)
    public String number;

    @Column(nullable = false)
    public BigDecimal amount;

    /** DRAFT, ISSUED or PAID. */
    @Column(nullable = false)
    public String status;

    /** Null while the invoice is a draft. */
    @Column(name = "issued_on")
    public LocalDate issuedOn;
}
