package org.hearth.supervision.web;

import org.hearth.shared.JsonFields;
import java.util.ArrayList;
import java.util.List;

import org.hearth.supervision.internal.SupervisionService;

/** A supervision session's request body. */
final class SessionJson {

    private SessionJson() {
    }

    static SupervisionService.Input input(JsonFields json, boolean oneToOne) {
        List<SupervisionService.ActionInput> actions = new ArrayList<>();
        for (JsonFields action : json.objects("actions")) {
            actions.add(new SupervisionService.ActionInput(action.id("childId"), action.text("what"),
                    action.id("ownerId"), action.date("dueBy")));
        }
        return new SupervisionService.Input(json.date("date"), json.text("durationMinutes"), json.id("superviseeId"),
                oneToOne ? json.ids("childIds") : List.of(), json.text("model"), json.texts("sections"),
                json.text("scale"), actions, json.problems());
    }
}
