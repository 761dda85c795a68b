package com.leadwire.api;

import java.security.Principal;
import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.leadwire.shared.InvalidInputException;
import com.leadwire.tasks.TaskView;
import com.leadwire.tasks.Tasks;
import com.leadwire.team.Team;
import com.leadwire.team.TeamMember;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Tasks across deals: a person's tasks due today or overdue, and marking one done. A deal's own are under /api/v1/deals/{id}/tasks. */
@RestController
@RequestMapping("/api/v1/tasks")
@Tag(name = "Tasks")
class TasksController {

    private static final String API_CALLER = "api:";

    private final Tasks tasks;
    private final Team team;

    TasksController(Tasks tasks, Team team) {
        this.tasks = tasks;
        this.team = team;
    }

    @GetMapping
    @Operation(summary = "Open tasks due today (server time) or overdue, soonest first: the owner's, or with mine=true the caller's",
            description = "mine=true needs an API key named after a team member's username (the key acts for that person); "
                    + "else 422. owner is a team member's id.")
    List<TaskView> due(@RequestParam(required = false) Boolean mine, @RequestParam(required = false) Long owner, Principal caller) {
        if (Boolean.TRUE.equals(mine) == (owner != null)) {
            throw new InvalidInputException("mine", "Ask for mine=true or for one owner.");
        }
        if (owner != null) {
            return tasks.dueTodayOrOverdue(owner);
        }
        String keyName = caller.getName().startsWith(API_CALLER) ? caller.getName().substring(API_CALLER.length()) : caller.getName();
        TeamMember me = team.findByName(keyName).filter(TeamMember::active).orElseThrow(() -> new InvalidInputException("mine",
                "This API key ('" + keyName + "') is not named after a team member; ask with owner=<user id>."));
        return tasks.dueTodayOrOverdue(me.id());
    }

    @PostMapping("/{id}/done")
    @Operation(summary = "Mark a task done (marking it again changes nothing)")
    TaskView done(@PathVariable long id, Principal caller) {
        return tasks.done(id, caller.getName());
    }
}
