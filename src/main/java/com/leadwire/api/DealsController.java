package com.leadwire.api;

import java.security.Principal;
import java.time.Instant;
import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import com.leadwire.automation.DealEmails;
import com.leadwire.automation.DealTimeline;
import com.leadwire.automation.TimelineEntry;
import com.leadwire.mail.MailContent;
import com.leadwire.pipeline.BulkChange;
import com.leadwire.pipeline.BulkDealChanges;
import com.leadwire.pipeline.BulkOutcome;
import com.leadwire.pipeline.DealChangeView;
import com.leadwire.pipeline.DealEdit;
import com.leadwire.pipeline.DealEdits;
import com.leadwire.pipeline.DealEnteredStage.Cause;
import com.leadwire.pipeline.DealNoteView;
import com.leadwire.pipeline.DealNotes;
import com.leadwire.pipeline.DealView;
import com.leadwire.pipeline.Deals;
import com.leadwire.pipeline.StageMoveView;
import com.leadwire.shared.ConflictException;
import com.leadwire.shared.InvalidInputException;
import com.leadwire.shared.NotFoundException;
import com.leadwire.tasks.TaskView;
import com.leadwire.tasks.Tasks;
import com.leadwire.telegram.DealMessageView;
import com.leadwire.telegram.ProspectReplies;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Reading and working deals: edit, assign, claim, move, win or lose, e-mail the contact, write to
 * the prospect in Telegram, notes and tasks; the deal page does the same through the same services.
 * A key that acts for a rep reaches only that rep's deals and unassigned ones: another rep's is 403.
 * Creating one is {@code POST /api/v1/deals} (a Camel intake route).
 */
@RestController
@RequestMapping("/api/v1/deals")
@Tag(name = "Deals")
class DealsController {

    private final Deals deals;
    private final DealTimeline timeline;
    private final DealEdits edits;
    private final DealNotes notes;
    private final DealEmails emails;
    private final Tasks tasks;
    private final ObjectProvider<ProspectReplies> telegram;
    private final BulkDealChanges bulkChanges;

    DealsController(Deals deals, DealTimeline timeline, DealEdits edits, DealNotes notes, DealEmails emails, Tasks tasks,
                    ObjectProvider<ProspectReplies> telegram, BulkDealChanges bulkChanges) {
        this.deals = deals;
        this.bulkChanges = bulkChanges;
        this.timeline = timeline;
        this.edits = edits;
        this.notes = notes;
        this.emails = emails;
        this.tasks = tasks;
        this.telegram = telegram;
    }

    /** {@code history}: its stage changes; {@code changes}: every other change people made (old → new, who), oldest first. */
    record DealWithHistory(DealView deal, List<StageMoveView> history, List<DealChangeView> changes) {
    }

    /** {@code userId} null: nobody is responsible. */
    record ResponsibleRequest(Long userId) {
    }

    record EmailRequest(String template) {
    }

    record QueuedEmail(String template, List<String> to, String subject) {
    }

    record TextRequest(String text) {
    }

    record TaskRequest(String title, Instant dueAt, Long ownerUserId) {
    }

    /** {@code expectedStageId}: refuse (409) if the deal is no longer where the caller saw it. */
    record MoveRequest(Long stageId, Long expectedStageId) {
    }

    record LostRequest(String reason, Long expectedStageId) {
    }

    record WonRequest(Long expectedStageId) {
    }

    @GetMapping("/{id}")
    @Operation(summary = "A deal with its stage history", description = "403 when the key acts for a rep (an owned key) and the deal "
            + "belongs to another rep; the same holds for every operation on a deal: a rep reaches their own deals and unassigned ones.")
    DealWithHistory byId(@PathVariable long id) {
        DealView deal = deals.find(id).orElseThrow(() -> new NotFoundException("no deal " + id));
        return new DealWithHistory(deal, deals.history(id), edits.changes(id));
    }

    @GetMapping("/{id}/timeline")
    @Operation(summary = "A deal's timeline, newest first: stage changes and rule firings with their trigger, conditions and actions")
    List<TimelineEntry> timeline(@PathVariable long id) {
        return timeline.of(id);
    }

    @PostMapping("/{id}/move")
    @Operation(summary = "Move a deal to another stage of its pipeline", description = "409 when the deal is no longer in "
            + "expectedStageId, is already in the stage, or does not meet the stage's entry requirements; then the problem "
            + "says which one in its detail and names it in \"requirement\" (fromStages, visitedStages or fields), with "
            + "\"stageId\" and \"missing\" (the stages it may come from, the stages it has not been in, or the fields not set).")
    DealView move(@PathVariable long id, @RequestBody MoveRequest request, Principal caller) {
        if (request.stageId() == null) {
            throw new InvalidInputException("stageId", "stageId is required");
        }
        return deals.moveTo(id, request.stageId(), caller.getName(), Cause.API, request.expectedStageId());
    }

    @PostMapping("/{id}/won")
    @Operation(summary = "Mark a deal won (its pipeline's won stage)")
    DealView won(@PathVariable long id, @RequestBody(required = false) WonRequest request, Principal caller) {
        return deals.markWon(id, caller.getName(), Cause.API, request == null ? null : request.expectedStageId());
    }

    @PostMapping("/{id}/lost")
    @Operation(summary = "Mark a deal lost (its pipeline's lost stage), with a reason")
    DealView lost(@PathVariable long id, @RequestBody LostRequest request, Principal caller) {
        return deals.markLost(id, request.reason(), caller.getName(), Cause.API, request.expectedStageId());
    }

    @PatchMapping("/{id}")
    @Operation(summary = "Edit a deal's title, value, products and custom fields; a member left out stays as it is",
            description = "value {\"amount\": null} clears the value; a currency left out keeps the deal's. fields names only the "
                    + "fields to change, each a deal field of the custom-field catalogue (/api/v1/fields) with a value its type takes "
                    + "(NUMBER, DATE as yyyy-MM-dd, CHOICE one of its options); null removes the field. 422 names the first refused "
                    + "member in \"field\" (title, value.amount, value.currency, products, fields.<name>) and changes nothing. "
                    + "Each change is recorded old → new with the caller in the deal's changes.")
    DealView edit(@PathVariable long id, @RequestBody DealEdit edit, Principal caller) {
        return edits.edit(id, edit, caller.getName());
    }

    @PutMapping("/{id}/responsible")
    @Operation(summary = "Choose the deal's responsible rep (an active team member), or nobody with userId null")
    DealView assign(@PathVariable long id, @RequestBody ResponsibleRequest request, Principal caller) {
        return edits.assign(id, request.userId(), caller.getName());
    }

    @PostMapping("/{id}/claim")
    @Operation(summary = "Claim an unassigned deal: the team member the caller acts for becomes its responsible rep",
            description = "Only a deal nobody is responsible for can be claimed: 409 otherwise. 403 when the API key acts for no team "
                    + "member (choose the responsible rep instead). Recorded in the deal's changes as a claim, with who and when.")
    DealView claim(@PathVariable long id, Principal caller) {
        return deals.claim(id, caller.getName());
    }

    @PostMapping("/bulk")
    @Operation(summary = "Assign, move, win or lose several deals at once, each through the same checks as one at a time",
            description = "{\"ids\": [12, 13], \"action\": \"ASSIGN\"|\"MOVE\"|\"WON\"|\"LOST\", \"responsibleId\": 7 (ASSIGN; null for "
                    + "nobody), \"stageId\": 3 (MOVE), \"reason\": \"...\" (LOST)}. Up to 500 ids. Each deal is changed in a transaction "
                    + "of its own and recorded with the caller, like a single change; a refused one leaves the others changed. The answer "
                    + "counts them (done, refused) and lists each id with done, and for a refused one its refusal (NOT_FOUND, NOT_YOURS: "
                    + "another rep's deal, CONFLICT: it changed meanwhile or a stage's entry requirement refused it, INVALID) and detail. "
                    + "422 for a request without ids or action, or a MOVE without stageId.")
    BulkOutcome bulk(@RequestBody BulkChange change, Principal caller) {
        return bulkChanges.apply(change, caller.getName(), Cause.API);
    }

    @PostMapping("/{id}/emails")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Send an e-mail template to the deal's contact (queued in the outbox, recorded in the deal's changes)",
            description = "422 for an unknown template; 409 when the contact has no e-mail address, or has unsubscribed and the "
                    + "template is not transactional.")
    QueuedEmail email(@PathVariable long id, @RequestBody EmailRequest request, Principal caller) {
        MailContent sent = emails.send(id, request.template(), caller.getName());
        return new QueuedEmail(request.template(), sent.to(), sent.subject());
    }

    @PostMapping("/{id}/telegram-messages")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Write to the deal's prospect in Telegram (queued in the outbox, shown on the timeline)",
            description = "To the chat the prospect last wrote from, else their own chat. 409 when the Telegram bot is not set up "
                    + "or the contact never talked to it.")
    DealMessageView telegramMessage(@PathVariable long id, @RequestBody TextRequest request, Principal caller) {
        ProspectReplies replies = telegram.getIfAvailable();
        if (replies == null) {
            throw new ConflictException("The Telegram bot is not set up (leadwire.telegram.token).");
        }
        return replies.reply(id, null, request.text(), caller.getName());
    }

    @GetMapping("/{id}/notes")
    @Operation(summary = "A deal's notes, newest first")
    List<DealNoteView> notes(@PathVariable long id) {
        return notes.of(id);
    }

    @PostMapping("/{id}/notes")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a note to a deal (up to 4000 characters)")
    DealNoteView addNote(@PathVariable long id, @RequestBody TextRequest request, Principal caller) {
        return notes.add(id, request.text(), caller.getName());
    }

    @GetMapping("/{id}/tasks")
    @Operation(summary = "A deal's tasks, open ones first, soonest due first")
    List<TaskView> tasks(@PathVariable long id) {
        return tasks.ofDeal(id);
    }

    @PostMapping("/{id}/tasks")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a task to a deal: a title, when it is due (ISO-8601 instant, within a year) and its owner",
            description = "ownerUserId: an active team member. When the task falls due, its owner is reminded in Telegram through the "
                    + "outbox; an owner without linked Telegram gets no reminder, and the task's reminder says UNDELIVERABLE.")
    TaskView addTask(@PathVariable long id, @RequestBody TaskRequest request, Principal caller) {
        return tasks.add(id, request.title(), request.dueAt(), request.ownerUserId(), caller.getName());
    }
}
