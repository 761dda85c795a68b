package com.leadwire.pipeline;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

public record DealView(long id, String title, BigDecimal amount, String currency, long contactId, long pipelineId,
                       String pipelineName, long stageId, String stageName, StageKind stageKind, Long responsibleUserId,
                       Long sourceId, String sourceKey, List<String> products, Map<String, String> fields,
                       String externalRef, PaymentStatus paymentStatus, String lostReason, Instant createdAt,
                       Instant stageEnteredAt) {
}
