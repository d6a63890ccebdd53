package org.hearth.demo;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import javax.imageio.ImageIO;

import org.hearth.lifestory.LifeStoryKind;
import org.hearth.lifestory.LifeStoryStatus;
import org.hearth.lifestory.NewLifeStoryItem;

/**
 * Makes the demo council's life story work (issue 7) for some of its children in care: life story books, later-life
 * letters, memory boxes and direct work sessions at every status, with what the child contributed, and on some a
 * photo drawn here in code (a house, a sun, a garden: nothing binary is committed, and no real child is pictured).
 * The stress data set gets a little (its point is volume elsewhere) and no more than {@link #MAX_PHOTOS} photos.
 * <p>
 * Its own seeded {@link Random}, so that the rest of the demo data comes out as before.
 */
public final class DemoLifeStoryGenerator {

    static final int DEMO_PERCENT = 30;
    static final int STRESS_PERCENT = 2;
    static final int MAX_PHOTOS = 40;

    private static final String[][] WORK = {
        {"LIFE_STORY_BOOK", "My first years", "Chose the photos of her baby brother and wrote the captions herself."},
        {"LIFE_STORY_BOOK", "Where I come from", "Drew a map of the street she was born in and asked about her dad."},
        {"LATER_LIFE_LETTER", "Letter for when I'm older", "Asked that the letter says why she could not stay at home."},
        {"MEMORY_BOX", "My memory box", "Picked a shell from the beach trip and her first school badge to keep."},
        {"DIRECT_WORK_SESSION", "Session about my family tree", "Named everyone in the family tree; wanted to know "
                + "more about her nan."},
        {"DIRECT_WORK_SESSION", "Session about moving to my new home", "Said she likes her room but misses her old "
                + "school friends."},
        {"DIRECT_WORK_SESSION", "Three houses session", "House of worries: contact with mum. House of good things: "
                + "football. House of dreams: being a vet."}};
    private static final String[] WHO = {"Social worker with the foster carer", "Social worker", "Foster carer, "
            + "supported by the supervising social worker", "Life story worker from the adoption and permanence team"};

    private final Random random;
    private final LocalDate today;
    private final boolean stress;

    public DemoLifeStoryGenerator(long seed, LocalDate today, boolean stress) {
        this.random = new Random(seed * 61 + 37);
        this.today = today;
        this.stress = stress;
    }

    public List<NewLifeStoryItem> ofChildren(List<DemoSupervisionGenerator.CaseChild> children) {
        List<NewLifeStoryItem> items = new ArrayList<>();
        int photos = 0;
        for (DemoSupervisionGenerator.CaseChild child : children) {
            if (!child.inCare() || child.workerId() == null
                    || random.nextInt(100) >= (stress ? STRESS_PERCENT : DEMO_PERCENT)) {
                continue;
            }
            int count = 1 + random.nextInt(3);
            for (int i = 0; i < count; i++) {
                String[] work = WORK[random.nextInt(WORK.length)];
                LifeStoryStatus status = LifeStoryStatus.values()[random.nextInt(LifeStoryStatus.values().length)];
                LocalDate earliest = DemoChoices.max(child.knownFrom(), child.born().plusDays(1));
                LocalDate doneOn = null;
                LocalDate plannedOn = null;
                if (status.done()) {
                    doneOn = DemoChoices.max(today.minusDays(random.nextInt(365)), earliest);
                    if (doneOn.isAfter(today)) {
                        doneOn = today;
                    }
                } else {
                    plannedOn = today.plusDays(random.nextInt(90) - 20);
                }
                List<NewLifeStoryItem.Photo> pictures = new ArrayList<>();
                if (photos < MAX_PHOTOS && random.nextInt(3) == 0) {
                    pictures.add(new NewLifeStoryItem.Photo("drawing-" + (photos + 1) + ".png",
                            "A drawing of a house and garden", picture()));
                    photos++;
                }
                items.add(new NewLifeStoryItem(child.id(), LifeStoryKind.valueOf(work[0]), work[1], status,
                        WHO[random.nextInt(WHO.length)], plannedOn, doneOn, status == LifeStoryStatus.PLANNED ? null
                                : work[2], null, child.workerId(), pictures));
            }
        }
        return items;
    }

    /** A small PNG drawn in code: sky, sun, a house with a door and a window, grass. */
    byte[] picture() {
        int w = 320;
        int h = 240;
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(new Color(120 + random.nextInt(60), 180 + random.nextInt(50), 235));
        g.fillRect(0, 0, w, h);
        g.setColor(new Color(60, 150 + random.nextInt(60), 60));
        g.fillRect(0, 170, w, 70);
        g.setColor(new Color(255, 210, 40));
        int sun = 20 + random.nextInt(220);
        g.fillOval(sun, 15, 50, 50);
        Color wall = new Color(170 + random.nextInt(80), 80 + random.nextInt(100), 60 + random.nextInt(60));
        int x = 60 + random.nextInt(120);
        g.setColor(wall);
        g.fillRect(x, 110, 110, 80);
        g.setColor(new Color(120, 40, 30));
        g.fillPolygon(new int[] {x - 10, x + 55, x + 120}, new int[] {110, 65, 110}, 3);
        g.setColor(new Color(70, 50, 120));
        g.fillRect(x + 45, 145, 22, 45);
        g.setColor(Color.WHITE);
        g.fillRect(x + 12, 125, 24, 20);
        g.setColor(Color.DARK_GRAY);
        g.setStroke(new BasicStroke(2));
        g.drawRect(x + 12, 125, 24, 20);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
