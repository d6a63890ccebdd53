package org.hearth.demo;

import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Small built-in lists of common first names and surnames, combined at random: every demo person is made up, and
 * none is drawn from a real record. Pools loosely follow the child's recorded ethnicity so that the caseload looks
 * like a real English council's, and unaccompanied children's pools follow the countries most UASC come from.
 */
final class SyntheticNames {

    /** A set of boys' and girls' first names and surnames that go together. */
    enum Pool {
        BRITISH(List.of("Oliver", "Harry", "Jack", "George", "Noah", "Charlie", "Jacob", "Alfie", "Freddie", "Oscar",
                "Leo", "Logan", "Archie", "Theo", "Thomas", "James", "Joshua", "Riley", "Mason", "Tyler", "Kai",
                "Liam", "Ethan", "Callum", "Jayden", "Kyle", "Connor", "Lewis", "Reece", "Brandon"),
                List.of("Olivia", "Amelia", "Isla", "Ava", "Mia", "Ivy", "Lily", "Isabella", "Sophia", "Grace",
                        "Poppy", "Evie", "Freya", "Ruby", "Ella", "Chloe", "Jessica", "Megan", "Holly", "Courtney",
                        "Paige", "Shannon", "Leah", "Abbie", "Kayla", "Tia", "Millie", "Lacey", "Skye", "Amber"),
                List.of("Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies", "Robinson",
                        "Wright", "Thompson", "Evans", "Walker", "White", "Roberts", "Green", "Hall", "Wood",
                        "Jackson", "Clarke", "Hughes", "Edwards", "Turner", "Harris", "Cooper", "Ward", "Morris",
                        "King", "Baker", "Price", "Bennett", "Murphy", "Kelly", "Carter", "Mitchell", "Shaw")),
        IRISH_TRAVELLER(List.of("Patrick", "Michael", "John", "Martin", "Thomas", "Jimmy", "Tommy", "Johnny"),
                List.of("Bridget", "Mary", "Margaret", "Kathleen", "Nora", "Ellen", "Winnie"),
                List.of("Ward", "Connors", "McDonagh", "Doherty", "Joyce", "Maughan", "Delaney", "Sheridan")),
        EUROPEAN(List.of("Jakub", "Kacper", "Filip", "Szymon", "Antoni", "Mateusz", "Luca", "Andrei", "Matei",
                "Darius", "Lukas", "Nojus", "Ionut", "David"),
                List.of("Zuzanna", "Julia", "Maja", "Lena", "Hanna", "Alicja", "Maria", "Elena", "Ioana", "Sofia",
                        "Emilija", "Gabriele", "Ana"),
                List.of("Nowak", "Kowalski", "Wisniewski", "Lewandowski", "Wojcik", "Kaminski", "Popescu", "Ionescu",
                        "Popa", "Kazlauskas", "Petrauskas", "Horvath", "Dimitrov", "Novak", "Balog")),
        SOUTH_ASIAN(List.of("Mohammed", "Muhammad", "Ayaan", "Zayn", "Ibrahim", "Yusuf", "Arjun", "Rohan", "Aarav",
                "Jaskaran", "Rayyan", "Hamza", "Ismail", "Harvinder"),
                List.of("Aisha", "Maryam", "Zara", "Inaya", "Fatima", "Amara", "Priya", "Anaya", "Simran", "Noor",
                        "Hafsa", "Sana", "Riya"),
                List.of("Khan", "Ahmed", "Hussain", "Ali", "Begum", "Patel", "Shah", "Singh", "Iqbal", "Mahmood",
                        "Rahman", "Chowdhury", "Miah", "Sharma", "Kumar")),
        BLACK(List.of("David", "Daniel", "Samuel", "Joshua", "Emmanuel", "Isaac", "Elijah", "Kofi", "Tobi", "Femi",
                "Jaden", "Malachi", "Tyrese", "Nathaniel"),
                List.of("Grace", "Blessing", "Favour", "Precious", "Esther", "Abigail", "Adaeze", "Amara", "Nia",
                        "Imani", "Chantelle", "Shanice", "Jada", "Zainab"),
                List.of("Okafor", "Adeyemi", "Mensah", "Owusu", "Boateng", "Okoro", "Eze", "Campbell", "Francis",
                        "Brown", "Williams", "Thomas", "Clarke", "Mohamed", "Abdi", "Osei")),
        CHINESE(List.of("Wei", "Jun", "Ethan", "Lucas", "Hao", "Ryan"), List.of("Mei", "Xin", "Chloe", "Emily", "Yan"),
                List.of("Chen", "Li", "Wang", "Zhang", "Liu", "Wong", "Lam")),
        MIDDLE_EASTERN(List.of("Omar", "Ahmad", "Karim", "Yousef", "Adam", "Khalid", "Sami"),
                List.of("Layla", "Mariam", "Huda", "Rania", "Lina", "Salma"),
                List.of("Hassan", "Saleh", "Mansour", "Haddad", "Aziz", "Nasser", "Khalil")),
        AFGHAN(List.of("Ahmad", "Mohammad", "Ali", "Hamid", "Jawad", "Mustafa", "Naveed", "Rahim", "Sami", "Farid",
                "Wahid", "Bilal"),
                List.of("Zahra", "Fatima", "Maryam", "Parisa"),
                List.of("Ahmadi", "Haidari", "Rahimi", "Mohammadi", "Karimi", "Hakimi", "Sultani", "Nazari", "Amiri",
                        "Safi")),
        ERITREAN(List.of("Yonas", "Dawit", "Samuel", "Merhawi", "Filmon", "Habtom", "Robel", "Michael", "Amanuel",
                "Yohannes"),
                List.of("Selam", "Helen", "Ruth", "Senait", "Luwam"),
                List.of("Tesfay", "Gebremedhin", "Berhane", "Haile", "Kidane", "Tekle", "Woldu", "Abraha", "Mehari")),
        SUDANESE(List.of("Mohamed", "Abdallah", "Osman", "Ibrahim", "Adam", "Musa", "Ahmed"),
                List.of("Amna", "Hawa", "Mariam"),
                List.of("Osman", "Abdallah", "Ibrahim", "Adam", "Yousif", "Idris", "Elamin")),
        KURDISH(List.of("Karwan", "Rebin", "Aram", "Hiwa", "Dilan", "Soran", "Reza", "Amir", "Arash"),
                List.of("Shilan", "Roza", "Nazanin"),
                List.of("Ahmed", "Mohammadi", "Rahimi", "Karimi", "Hosseini", "Kareem", "Rasul", "Aziz")),
        VIETNAMESE(List.of("Minh", "Tuan", "Duc", "Hung", "Quang", "Nam"), List.of("Linh", "Huong", "Thao"),
                List.of("Nguyen", "Tran", "Le", "Pham", "Hoang", "Vu")),
        ALBANIAN(List.of("Arben", "Klevis", "Ardit", "Endrit", "Erion", "Besnik"), List.of("Ana", "Elira", "Dea"),
                List.of("Hoxha", "Krasniqi", "Shehu", "Gashi", "Berisha", "Dervishi", "Leka"));

        private final List<String> boys;
        private final List<String> girls;
        private final List<String> surnames;

        Pool(List<String> boys, List<String> girls, List<String> surnames) {
            this.boys = boys;
            this.girls = girls;
            this.surnames = surnames;
        }

        String firstName(String sex, Random random) {
            List<String> names = "F".equals(sex) ? girls : boys;
            return names.get(random.nextInt(names.size()));
        }

        String surname(Random random) {
            return surnames.get(random.nextInt(surnames.size()));
        }
    }

    /** Names people are often called by instead; looked up, never iterated. */
    private static final Map<String, String> SHORT_FORMS = Map.ofEntries(Map.entry("Thomas", "Tom"),
            Map.entry("James", "Jamie"), Map.entry("Joshua", "Josh"), Map.entry("Jessica", "Jess"),
            Map.entry("Isabella", "Bella"), Map.entry("Oliver", "Ollie"), Map.entry("Mohammed", "Mo"),
            Map.entry("Samuel", "Sam"), Map.entry("Daniel", "Danny"), Map.entry("Nathaniel", "Nate"),
            Map.entry("Abigail", "Abi"), Map.entry("Alicja", "Ala"), Map.entry("Gabriele", "Gabi"),
            Map.entry("Michael", "Mikey"), Map.entry("Margaret", "Maggie"), Map.entry("Amelia", "Millie"));

    private static final List<String> ADULT_FIRST_NAMES = List.of("Sarah", "David", "Michelle", "Paul", "Karen",
            "Mark", "Joanne", "Andrew", "Lisa", "Stephen", "Nicola", "Gary", "Emma", "Darren", "Rachel", "Lee",
            "Amanda", "Jason", "Claire", "Wayne", "Priya", "Rajesh", "Aisha", "Imran", "Grace", "Samuel", "Chloe",
            "Tomasz", "Agnieszka", "Kwame", "Abena", "Nadia", "Farhan", "Yasmin", "Delroy", "Marcia", "Sunita",
            "Harpreet", "Olu", "Folake", "Siobhan", "Ciaran", "Bernadette", "Gemma", "Carl", "Dawn", "Neil");

    private static final List<String> ADULT_SURNAMES = List.of("Smith", "Jones", "Taylor", "Brown", "Williams",
            "Wilson", "Johnson", "Davies", "Robinson", "Wright", "Thompson", "Evans", "Walker", "White", "Roberts",
            "Green", "Hall", "Wood", "Jackson", "Clarke", "Patel", "Khan", "Ahmed", "Hussain", "Begum", "Ali",
            "Singh", "Okafor", "Mensah", "Adeyemi", "Campbell", "Francis", "Kowalski", "Nowak", "Popescu", "Murphy",
            "O'Brien", "Kelly", "Chen", "Nguyen", "Da Silva", "Costa", "Fitzgerald", "Henderson", "Lawrence");

    private SyntheticNames() {
    }

    /**
     * The pool for a child of the given 903 ethnicity. Mixed heritage children take either parent's pool; a child
     * whose ethnicity is refused or not yet known gets the commonest.
     */
    static Pool forEthnicity(String ethnicity, Random random) {
        return switch (ethnicity) {
            case "WIRT" -> Pool.IRISH_TRAVELLER;
            case "WOTH", "WROM" -> Pool.EUROPEAN;
            case "AIND", "APKN", "ABAN", "AOTH" -> Pool.SOUTH_ASIAN;
            case "BCRB", "BAFR", "BOTH" -> Pool.BLACK;
            case "CHNE" -> Pool.CHINESE;
            case "OOTH" -> Pool.MIDDLE_EASTERN;
            case "MWBC", "MWBA" -> random.nextBoolean() ? Pool.BRITISH : Pool.BLACK;
            case "MWAS" -> random.nextBoolean() ? Pool.BRITISH : Pool.SOUTH_ASIAN;
            case "MOTH" -> random.nextInt(3) == 0 ? Pool.MIDDLE_EASTERN : Pool.BRITISH;
            default -> Pool.BRITISH;
        };
    }

    /** The name a child with this first name is sometimes known by, or null. */
    static String shortFormOf(String firstName) {
        return SHORT_FORMS.get(firstName);
    }

    /** A made-up adult's full name, for staff and foster carers. */
    static String adultName(Random random) {
        return adultFirstName(random) + " " + adultSurname(random);
    }

    static String adultFirstName(Random random) {
        return ADULT_FIRST_NAMES.get(random.nextInt(ADULT_FIRST_NAMES.size()));
    }

    static String adultSurname(Random random) {
        return ADULT_SURNAMES.get(random.nextInt(ADULT_SURNAMES.size()));
    }
}
