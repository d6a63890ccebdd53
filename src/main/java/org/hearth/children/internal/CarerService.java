package org.hearth.children.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.hearth.children.Carer;
import org.hearth.children.CarerKind;
import org.hearth.children.Carers;
import org.hearth.shared.FieldProblem;
import org.hearth.shared.InvalidInputException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class CarerService implements Carers {

    private final CarerRepository carers;

    CarerService(CarerRepository carers) {
        this.carers = carers;
    }

    @Override
    @Transactional
    public UUID register(Carer input) {
        List<FieldProblem> problems = new ArrayList<>();
        if (input.kind() == null) {
            problems.add(new FieldProblem("kind", "Select whether this is a foster household or a setting"));
        }
        String name = ChildDetailsValidator.trim(input.name());
        if (name == null) {
            problems.add(new FieldProblem("name", "Enter the household or setting name"));
        }
        if (input.kind() == CarerKind.FOSTER_HOUSEHOLD && input.approvalType() == null) {
            problems.add(new FieldProblem("approvalType", "Select how the household is approved"));
        }
        if (input.kind() == CarerKind.SETTING && input.approvalType() != null) {
            problems.add(new FieldProblem("approvalType", "Only foster households have an approval type"));
        }
        String urn = ChildDetailsValidator.upper(input.ofstedUrn());
        if (urn != null && !Identifiers.isOfstedUrn(urn)) {
            problems.add(new FieldProblem("ofstedUrn", "URN must be SC and six digits, seven digits, or XXXXXXX"));
        }
        String postcode = ChildDetailsValidator.trim(input.postcode());
        if (postcode != null) {
            postcode = Identifiers.normalisePostcode(postcode);
            if (postcode == null) {
                problems.add(new FieldProblem("postcode", "Postcode must be a UK postcode, such as MK45 2DD"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        UUID id = input.id() == null ? UUID.randomUUID() : input.id();
        carers.insert(new Carer(id, input.kind(), name, input.approvalType(), urn,
                ChildDetailsValidator.trim(input.providerName()), postcode));
        return id;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Carer> all() {
        return carers.all();
    }
}
