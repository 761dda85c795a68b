package com.leadwire.pipeline;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface DealRepository extends JpaRepository<Deal, Long> {

    List<Deal> findByContactIdOrderByIdDesc(long contactId);

    Optional<Deal> findByExternalRef(String externalRef);

    List<Deal> findByStageIdOrderByStageEnteredAtDesc(long stageId);

    long countByStageId(long stageId);

    long countByPipelineId(long pipelineId);
}
