package com.leadwire.pipeline;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface DealRepository extends JpaRepository<Deal, Long> {

    List<Deal> findByContactIdOrderByIdDesc(long contactId);

    Optional<Deal> findByExternalRef(String externalRef);

    List<Deal> findByStageIdOrderByStageEnteredAtDesc(long stageId);

    long countByStageId(long stageId);

    long countByPipelineId(long pipelineId);

    /** The deals a person is responsible for whose stage is not won or lost. */
    @Query("SELECT d.id FROM Deal d, Stage s WHERE s.id = d.stageId AND s.kind = com.leadwire.pipeline.StageKind.OPEN "
            + "AND d.responsibleUserId = :userId ORDER BY d.id")
    List<Long> findOpenDealIdsOf(@Param("userId") long userId);
}
