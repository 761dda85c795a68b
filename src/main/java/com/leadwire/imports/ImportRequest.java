package com.leadwire.imports;

import java.util.Map;

/**
 * What an admin asks to import: the column mapping, an optional IMPORT source (its placement
 * and title template apply to the deals), an optional pipeline or stage every deal enters (before
 * the source's placement), whether each row also creates a deal, and who asked.
 */
public record ImportRequest(String fileName, Map<String, String> mapping, String sourceKey, Long pipelineId, Long stageId,
                            boolean createDeals, String requestedBy) {
}
