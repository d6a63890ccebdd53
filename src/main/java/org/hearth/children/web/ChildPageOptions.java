package org.hearth.children.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.hearth.access.Directory;
import org.hearth.access.TeamSummary;
import org.hearth.children.Carers;
import org.hearth.codes.CodeField;
import org.hearth.codes.CodeLists;
import org.hearth.web.Option;
import org.springframework.stereotype.Component;

/** The choices the children pages offer: teams, workers, carers and 903 codes valid today. */
@Component
class ChildPageOptions {

    private final Directory directory;
    private final CodeLists codes;
    private final Carers carers;
    private final Clock clock;

    ChildPageOptions(Directory directory, CodeLists codes, Carers carers, Clock clock) {
        this.directory = directory;
        this.codes = codes;
        this.carers = carers;
        this.clock = clock;
    }

    List<Option> teams() {
        return directory.teams().stream().map(t -> new Option(t.id().toString(), t.name())).toList();
    }

    List<Option> workers() {
        List<Option> workers = new ArrayList<>();
        for (TeamSummary team : directory.teams()) {
            directory.caseholdersIn(team.id()).forEach(u -> workers.add(new Option(u.id().toString(),
                    u.displayName() + " (" + team.name() + ")")));
        }
        workers.sort(Comparator.comparing(Option::label));
        return workers.stream().distinct().toList();
    }

    List<Option> codes(CodeField field) {
        return codes.codesOn(field, LocalDate.now(clock)).stream().map(c -> new Option(c.code(), c.label())).toList();
    }

    List<Option> carers() {
        return carers.all().stream().map(c -> new Option(c.id().toString(), c.label())).toList();
    }
}
