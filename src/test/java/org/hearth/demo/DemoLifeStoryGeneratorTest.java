package org.hearth.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.hearth.lifestory.LifeStoryStatus;
import org.hearth.lifestory.NewLifeStoryItem;
import org.hearth.lifestory.internal.AttachmentChecker;
import org.junit.jupiter.api.Test;

/** The demo life story work: repeatable for a seed, for children in care, with real PNG photos drawn in code. */
class DemoLifeStoryGeneratorTest {

    static final LocalDate TODAY = DemoPlanGeneratorTest.TODAY;

    @Test
    void theSameSeedGivesTheSameWork() {
        var children = DemoPlanGeneratorTest.children();
        var a = new DemoLifeStoryGenerator(7, TODAY, false).ofChildren(children);
        var b = new DemoLifeStoryGenerator(7, TODAY, false).ofChildren(children);
        assertThat(a.stream().map(i -> i.childId() + " " + i.title() + " " + i.status() + " " + i.doneOn()).toList())
                .isEqualTo(b.stream().map(i -> i.childId() + " " + i.title() + " " + i.status() + " " + i.doneOn())
                        .toList());
        assertThat(a.stream().filter(i -> !i.photos().isEmpty()).map(i -> i.photos().get(0).bytes()).toList())
                .zipSatisfy(b.stream().filter(i -> !i.photos().isEmpty()).map(i -> i.photos().get(0).bytes())
                        .toList(), (x, y) -> assertThat(x).isEqualTo(y));
    }

    @Test
    void workIsForChildrenInCareWithDatesThatFollowTheRulesAndSomePhotosThatPassTheChecks() {
        var children = DemoPlanGeneratorTest.children();
        List<NewLifeStoryItem> items = new DemoLifeStoryGenerator(7, TODAY, false).ofChildren(children);
        var inCare = children.stream().filter(DemoSupervisionGenerator.CaseChild::inCare)
                .map(DemoSupervisionGenerator.CaseChild::id).toList();
        assertThat(items).isNotEmpty().allSatisfy(i -> {
            assertThat(inCare).contains(i.childId());
            assertThat(i.createdBy()).isNotNull();
            if (i.status().done()) {
                assertThat(i.doneOn()).isNotNull().isBeforeOrEqualTo(TODAY);
            } else {
                assertThat(i.doneOn()).isNull();
                assertThat(i.plannedOn()).isNotNull();
            }
        });
        assertThat(items).extracting(NewLifeStoryItem::status).contains(LifeStoryStatus.values());
        List<NewLifeStoryItem.Photo> photos = items.stream().flatMap(i -> i.photos().stream()).toList();
        assertThat(photos).isNotEmpty().hasSizeLessThanOrEqualTo(DemoLifeStoryGenerator.MAX_PHOTOS);
        AttachmentChecker checker = new AttachmentChecker();
        assertThat(checker.check(photos.get(0).fileName(), photos.get(0).bytes(), 1_000_000, "photo").mediaType())
                .isEqualTo("image/png");
        assertThat(new DemoLifeStoryGenerator(7, TODAY, true).ofChildren(children).size())
                .isLessThan(items.size() / 5);
    }
}
