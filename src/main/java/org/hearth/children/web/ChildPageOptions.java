package org.hearth.children.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;

import org.hearth.access.Directory;
import org.hearth.access.UserSummary;
import org.hearth.children.Carers;
import org.hearth.codes.CodeField;
import org.hearth.codes.CodeLists;
import org.hearth.shared.Option;
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

    List<Option> teamsAmong(Collection<UUID> teamIds) {
        return directory.teams().stream().filter(t -> teamIds.contains(t.id()))
                .map(t -> new Option(t.id().toString(), t.name())).toList();
    }

    /** Caseholders of the given teams, labelled with their team, for allocation and filters. */
    List<Option> workersIn(Collection<UUID> teamIds) {
        return label(directory.caseholdersIn(teamIds));
    }

    /** Every caseholder: for naming someone on a restricted record. */
    List<Option> allWorkers() {
        return label(directory.caseholders());
    }

    private List<Option> label(List<UserSummary> users) {
        Map<UUID, String> teamNames = directory.teamNames();
        return users.stream().map(u -> new Option(u.id().toString(), u.displayName() + " ("
                + u.teamIds().stream().map(teamNames::get).filter(Objects::nonNull).sorted()
                        .collect(Collectors.joining(", ")) + ")"))
                .sorted(Comparator.comparing(Option::label)).toList();
    }

    List<Option> codes(CodeField field) {
        return codes.codesOn(field, LocalDate.now(clock)).stream().map(c -> new Option(c.code(), c.label())).toList();
    }

    List<Option> carers() {
        return carers.all().stream().map(c -> new Option(c.id().toString(), c.label())).toList();
    }
}
