package com.leadwire.pipeline;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import com.leadwire.shared.ConflictException;
import com.leadwire.shared.InvalidInputException;

/**
 * A deal as people change it (move, claim, win, lose). Deals are created by the batched
 * intake write ({@link DealPlacer}), never through JPA, so the id is assigned there.
 */
@Entity
@Table(name = "deal")
class Deal {

    /** The length of the lost_reason column. */
    private static final int MAX_LOST_REASON = 500;

    @Id
    private Long id;

    @Column(nullable = false)
    private String title;

    private BigDecimal amount;

    private String currency;

    @Column(name = "contact_id", nullable = false)
    private long contactId;

    @Column(name = "pipeline_id", nullable = false)
    private long pipelineId;

    @Column(name = "stage_id", nullable = false)
    private long stageId;

    @Column(name = "responsible_user_id")
    private Long responsibleUserId;

    @Column(name = "source_id")
    private Long sourceId;

    private String products;

    @Column(name = "custom_fields", columnDefinition = "LONGTEXT")
    private String customFields;

    @Column(name = "external_ref")
    private String externalRef;

    @Enumerated(EnumType.STRING)
    @Column(name = "payment_status")
    private PaymentStatus paymentStatus;

    @Column(name = "lost_reason")
    private String lostReason;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "stage_entered_at", nullable = false)
    private Instant stageEnteredAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Deal() {
    }

    /** Takes the stage that {@link StageMoves} decided. */
    void enter(StageMove move) {
        this.pipelineId = move.pipelineId();
        this.stageId = move.to().id();
        this.stageEnteredAt = move.at();
        this.updatedAt = move.at();
    }

    void markLost(String reason) {
        if (reason != null && reason.length() > MAX_LOST_REASON) {
            throw new InvalidInputException("reason", "a lost reason has at most " + MAX_LOST_REASON + " characters");
        }
        this.lostReason = reason;
    }

    /** Only a deal nobody is responsible for can be claimed, once. */
    void claimFor(long userId, Instant now) {
        if (responsibleUserId != null) {
            throw new ConflictException("deal " + id + " already has a responsible rep");
        }
        this.responsibleUserId = userId;
        this.updatedAt = now;
    }

    /** A rule's assignment: unlike a rep's claim, it may replace the responsible rep. */
    void assign(long userId, Instant now) {
        this.responsibleUserId = userId;
        this.updatedAt = now;
    }

    /** A person's choice of the responsible rep; null leaves the deal with nobody. */
    void assignTo(Long userId, Instant now) {
        this.responsibleUserId = userId;
        this.updatedAt = now;
    }

    void retitle(String title, Instant now) {
        this.title = title;
        this.updatedAt = now;
    }

    void revalue(BigDecimal amount, String currency, Instant now) {
        this.amount = amount;
        this.currency = currency;
        this.updatedAt = now;
    }

    void setProducts(String products, Instant now) {
        this.products = products;
        this.updatedAt = now;
    }

    void setCustomFields(String customFields, Instant now) {
        this.customFields = customFields;
        this.updatedAt = now;
    }

    Long getId() {
        return id;
    }

    long getPipelineId() {
        return pipelineId;
    }

    long getStageId() {
        return stageId;
    }

    String getTitle() {
        return title;
    }

    BigDecimal getAmount() {
        return amount;
    }

    String getCurrency() {
        return currency;
    }

    long getContactId() {
        return contactId;
    }

    Long getResponsibleUserId() {
        return responsibleUserId;
    }

    Long getSourceId() {
        return sourceId;
    }

    String getProducts() {
        return products;
    }

    String getCustomFields() {
        return customFields;
    }

    String getExternalRef() {
        return externalRef;
    }

    PaymentStatus getPaymentStatus() {
        return paymentStatus;
    }

    String getLostReason() {
        return lostReason;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    Instant getStageEnteredAt() {
        return stageEnteredAt;
    }
}
