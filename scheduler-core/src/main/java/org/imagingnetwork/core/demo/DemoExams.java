package org.imagingnetwork.core.demo;

import static org.imagingnetwork.core.network.Capability.CARDIAC;
import static org.imagingnetwork.core.network.Capability.CONTRAST_INJECTOR;
import static org.imagingnetwork.core.network.Capability.PAEDIATRIC_KIT;
import static org.imagingnetwork.core.network.Skill.CARDIAC_MR;
import static org.imagingnetwork.core.network.Skill.CONTRAST_CANNULATION;
import static org.imagingnetwork.core.network.Skill.PAEDIATRIC;

import java.time.Duration;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.imagingnetwork.core.exam.AgeBand;
import org.imagingnetwork.core.exam.Exam;
import org.imagingnetwork.core.exam.ExamCode;
import org.imagingnetwork.core.network.Capability;
import org.imagingnetwork.core.network.Modality;
import org.imagingnetwork.core.network.Skill;

/**
 * The demo's exam catalogue: the examinations that make up most of a network's outpatient imaging,
 * keyed by NICIP-style codes, with the minutes each takes for adults, children and infants (zero
 * where the exam is not done at that age), what the room and staff need, and what the patient is
 * told to do beforehand; names and preparation in English and Welsh.
 */
final class DemoExams {

    private static final String NONE = "No special preparation. Wear comfortable clothes without metal fastenings.";
    private static final String NONE_CY = "Dim paratoi arbennig. Gwisgwch ddillad cyfforddus heb glymwyr metel.";
    private static final String FAST = "Do not eat for 6 hours before your scan. You can drink water.";
    private static final String FAST_CY = "Peidiwch â bwyta am 6 awr cyn eich sgan. Gallwch yfed dŵr.";
    private static final String BLADDER =
            "Drink 1 litre of water an hour before your scan and do not empty your bladder until it is over.";
    private static final String BLADDER_CY =
            "Yfwch 1 litr o ddŵr awr cyn eich sgan a pheidiwch â gwagio'ch pledren nes bydd y sgan drosodd.";
    private static final String CONTRAST = "You will have a dye injected. We need a kidney blood test (eGFR) from the"
            + " last 3 months. Bring a list of your medicines.";
    private static final String CONTRAST_CY = "Byddwch yn cael pigiad o liw. Mae arnom angen prawf gwaed arennau (eGFR)"
            + " o'r 3 mis diwethaf. Dewch â rhestr o'ch meddyginiaethau.";
    private static final String MRI = "Remove all metal, jewellery and hair clips. Tell us if you have a pacemaker,"
            + " implant or metal fragments in your body.";
    private static final String MRI_CY = "Tynnwch bob metel, gemwaith a chlipiau gwallt. Dywedwch wrthym os oes gennych"
            + " reolydd calon, mewnblaniad neu ddarnau metel yn eich corff.";
    private static final String MRI_CONTRAST = MRI + " " + CONTRAST;
    private static final String MRI_CONTRAST_CY = MRI_CY + " " + CONTRAST_CY;
    private static final String CARDIAC_PREP =
            "No caffeine (tea, coffee, cola, chocolate) for 24 hours before. " + CONTRAST;
    private static final String CARDIAC_PREP_CY =
            "Dim caffein (te, coffi, cola, siocled) am 24 awr cyn y prawf. " + CONTRAST_CY;
    private static final String BOWEL =
            "Follow the low-fibre diet and take the bowel preparation we post to you, starting 2 days before.";
    private static final String BOWEL_CY = "Dilynwch y deiet ffibr isel a chymerwch y paratoad coluddyn a anfonwn"
            + " atoch, gan ddechrau 2 ddiwrnod cyn y prawf.";
    private static final String DEXA = "Do not take calcium tablets for 24 hours before your scan.";
    private static final String DEXA_CY = "Peidiwch â chymryd tabledi calsiwm am 24 awr cyn eich sgan.";
    private static final String MAMMO = "Do not use deodorant or talc on the day. Wear a top with a skirt or trousers.";
    private static final String MAMMO_CY =
            "Peidiwch â defnyddio diaroglydd na phowdr talc ar y diwrnod. Gwisgwch dop gyda sgert neu drowsus.";
    private static final String SWALLOW = "Do not eat or drink for 4 hours before your test.";
    private static final String SWALLOW_CY = "Peidiwch â bwyta nac yfed am 4 awr cyn eich prawf.";
    private static final String HSG = "Book when your period has finished and before day 10 of your cycle. Avoid"
            + " unprotected sex from your period until the test.";
    private static final String HSG_CY = "Trefnwch y prawf ar ôl i'ch mislif orffen a chyn diwrnod 10 o'ch cylch."
            + " Osgowch ryw heb ddiogelwch o'ch mislif hyd at y prawf.";

    /** The age bands each exam is done for; filled as the catalogue below is built. */
    private static final Map<ExamCode, Set<AgeBand>> AGES = new HashMap<>();

    static final List<Exam> ALL = List.of(
            // Plain film
            exam(
                    "XCHES",
                    "X-ray chest",
                    "Pelydr-X o’r frest",
                    Modality.XR,
                    10,
                    10,
                    15,
                    Set.of(),
                    Set.of(),
                    false,
                    NONE,
                    NONE_CY),
            exam(
                    "XHAND",
                    "X-ray hand",
                    "Pelydr-X o’r llaw",
                    Modality.XR,
                    10,
                    10,
                    15,
                    Set.of(),
                    Set.of(),
                    false,
                    NONE,
                    NONE_CY),
            exam(
                    "XKNEE",
                    "X-ray knee",
                    "Pelydr-X o’r pen-glin",
                    Modality.XR,
                    10,
                    10,
                    15,
                    Set.of(),
                    Set.of(),
                    false,
                    NONE,
                    NONE_CY),
            exam(
                    "XFOOT",
                    "X-ray foot",
                    "Pelydr-X o’r droed",
                    Modality.XR,
                    10,
                    10,
                    15,
                    Set.of(),
                    Set.of(),
                    false,
                    NONE,
                    NONE_CY),
            exam(
                    "XSHOU",
                    "X-ray shoulder",
                    "Pelydr-X o’r ysgwydd",
                    Modality.XR,
                    10,
                    15,
                    0,
                    Set.of(),
                    Set.of(),
                    false,
                    NONE,
                    NONE_CY),
            exam(
                    "XPELV",
                    "X-ray pelvis",
                    "Pelydr-X o’r pelfis",
                    Modality.XR,
                    10,
                    10,
                    15,
                    Set.of(),
                    Set.of(),
                    false,
                    NONE,
                    NONE_CY),
            exam(
                    "XLSPI",
                    "X-ray lumbar spine",
                    "Pelydr-X o waelod y cefn",
                    Modality.XR,
                    15,
                    15,
                    0,
                    Set.of(),
                    Set.of(),
                    false,
                    NONE,
                    NONE_CY),
            exam(
                    "XABDO",
                    "X-ray abdomen",
                    "Pelydr-X o’r abdomen",
                    Modality.XR,
                    10,
                    10,
                    15,
                    Set.of(),
                    Set.of(),
                    false,
                    NONE,
                    NONE_CY),
            // Ultrasound
            exam(
                    "UABDO",
                    "Ultrasound abdomen",
                    "Sgan uwchsain o’r abdomen",
                    Modality.US,
                    20,
                    20,
                    20,
                    Set.of(),
                    Set.of(),
                    false,
                    FAST,
                    FAST_CY),
            exam(
                    "UPELV",
                    "Ultrasound pelvis",
                    "Sgan uwchsain o’r pelfis",
                    Modality.US,
                    20,
                    20,
                    0,
                    Set.of(),
                    Set.of(),
                    false,
                    BLADDER,
                    BLADDER_CY),
            exam(
                    "URENA",
                    "Ultrasound renal tract",
                    "Sgan uwchsain o’r arennau a’r bledren",
                    Modality.US,
                    20,
                    20,
                    20,
                    Set.of(),
                    Set.of(),
                    false,
                    BLADDER,
                    BLADDER_CY),
            exam(
                    "UTHYR",
                    "Ultrasound thyroid and neck",
                    "Sgan uwchsain o’r thyroid a’r gwddf",
                    Modality.US,
                    20,
                    20,
                    0,
                    Set.of(),
                    Set.of(),
                    false,
                    NONE,
                    NONE_CY),
            exam(
                    "UTEST",
                    "Ultrasound testes",
                    "Sgan uwchsain o’r ceilliau",
                    Modality.US,
                    20,
                    20,
                    20,
                    Set.of(),
                    Set.of(),
                    false,
                    NONE,
                    NONE_CY),
            exam(
                    "UMSKS",
                    "Ultrasound shoulder",
                    "Sgan uwchsain o’r ysgwydd",
                    Modality.US,
                    20,
                    20,
                    0,
                    Set.of(),
                    Set.of(),
                    false,
                    NONE,
                    NONE_CY),
            exam(
                    "UDVTL",
                    "Doppler ultrasound leg veins",
                    "Sgan uwchsain Doppler o wythiennau’r goes",
                    Modality.US,
                    30,
                    0,
                    0,
                    Set.of(),
                    Set.of(),
                    false,
                    NONE,
                    NONE_CY),
            exam(
                    "UHIPB",
                    "Ultrasound infant hips",
                    "Sgan uwchsain o gluniau babi",
                    Modality.US,
                    0,
                    0,
                    20,
                    Set.of(PAEDIATRIC_KIT),
                    Set.of(PAEDIATRIC),
                    false,
                    NONE,
                    NONE_CY),
            // CT
            exam(
                    "CHEAD",
                    "CT head",
                    "Sgan CT o’r pen",
                    Modality.CT,
                    10,
                    15,
                    20,
                    Set.of(),
                    Set.of(),
                    false,
                    NONE,
                    NONE_CY),
            exam(
                    "CSINU",
                    "CT sinuses",
                    "Sgan CT o’r sinysau",
                    Modality.CT,
                    10,
                    15,
                    0,
                    Set.of(),
                    Set.of(),
                    false,
                    NONE,
                    NONE_CY),
            exam(
                    "CKUB",
                    "CT kidneys, ureters and bladder",
                    "Sgan CT o’r arennau, yr wreterau a’r bledren",
                    Modality.CT,
                    15,
                    15,
                    0,
                    Set.of(),
                    Set.of(),
                    false,
                    NONE,
                    NONE_CY),
            exam(
                    "CCHEC",
                    "CT chest with contrast",
                    "Sgan CT o’r frest gyda lliw cyferbyniad",
                    Modality.CT,
                    15,
                    20,
                    0,
                    Set.of(CONTRAST_INJECTOR),
                    Set.of(CONTRAST_CANNULATION),
                    true,
                    CONTRAST,
                    CONTRAST_CY),
            exam(
                    "CCHAPC",
                    "CT chest, abdomen and pelvis with contrast",
                    "Sgan CT o’r frest, yr abdomen a’r pelfis gyda lliw cyferbyniad",
                    Modality.CT,
                    20,
                    20,
                    0,
                    Set.of(CONTRAST_INJECTOR),
                    Set.of(CONTRAST_CANNULATION),
                    true,
                    CONTRAST,
                    CONTRAST_CY),
            exam(
                    "CCOLO",
                    "CT colonography",
                    "Colonograffi CT",
                    Modality.CT,
                    30,
                    0,
                    0,
                    Set.of(CONTRAST_INJECTOR),
                    Set.of(CONTRAST_CANNULATION),
                    true,
                    BOWEL,
                    BOWEL_CY),
            exam(
                    "CCORA",
                    "CT coronary angiogram",
                    "Angiogram CT o’r rhydwelïau coronaidd",
                    Modality.CT,
                    30,
                    0,
                    0,
                    Set.of(CARDIAC, CONTRAST_INJECTOR),
                    Set.of(CONTRAST_CANNULATION),
                    true,
                    CARDIAC_PREP,
                    CARDIAC_PREP_CY),
            // MRI
            exam(
                    "MBRAI",
                    "MRI brain",
                    "Sgan MRI o’r ymennydd",
                    Modality.MR,
                    30,
                    45,
                    60,
                    Set.of(),
                    Set.of(),
                    false,
                    MRI,
                    MRI_CY),
            exam(
                    "MIAMS",
                    "MRI internal auditory meati",
                    "Sgan MRI o’r clustiau mewnol",
                    Modality.MR,
                    30,
                    45,
                    0,
                    Set.of(),
                    Set.of(),
                    false,
                    MRI,
                    MRI_CY),
            exam(
                    "MCSPI",
                    "MRI cervical spine",
                    "Sgan MRI o’r asgwrn cefn yn y gwddf",
                    Modality.MR,
                    30,
                    45,
                    0,
                    Set.of(),
                    Set.of(),
                    false,
                    MRI,
                    MRI_CY),
            exam(
                    "MLSPI",
                    "MRI lumbar spine",
                    "Sgan MRI o waelod y cefn",
                    Modality.MR,
                    30,
                    45,
                    60,
                    Set.of(),
                    Set.of(),
                    false,
                    MRI,
                    MRI_CY),
            exam(
                    "MKNEE",
                    "MRI knee",
                    "Sgan MRI o’r pen-glin",
                    Modality.MR,
                    30,
                    45,
                    0,
                    Set.of(),
                    Set.of(),
                    false,
                    MRI,
                    MRI_CY),
            exam(
                    "MSHOU",
                    "MRI shoulder",
                    "Sgan MRI o’r ysgwydd",
                    Modality.MR,
                    30,
                    45,
                    0,
                    Set.of(),
                    Set.of(),
                    false,
                    MRI,
                    MRI_CY),
            exam(
                    "MBRAC",
                    "MRI brain with contrast",
                    "Sgan MRI o’r ymennydd gyda lliw cyferbyniad",
                    Modality.MR,
                    45,
                    60,
                    0,
                    Set.of(CONTRAST_INJECTOR),
                    Set.of(CONTRAST_CANNULATION),
                    true,
                    MRI_CONTRAST,
                    MRI_CONTRAST_CY),
            exam(
                    "MPROS",
                    "MRI prostate (multiparametric)",
                    "Sgan MRI o’r prostad (amlbarametrig)",
                    Modality.MR,
                    45,
                    0,
                    0,
                    Set.of(CONTRAST_INJECTOR),
                    Set.of(CONTRAST_CANNULATION),
                    true,
                    MRI_CONTRAST,
                    MRI_CONTRAST_CY),
            exam(
                    "MLIVE",
                    "MRI liver with contrast",
                    "Sgan MRI o’r afu gyda lliw cyferbyniad",
                    Modality.MR,
                    45,
                    0,
                    0,
                    Set.of(CONTRAST_INJECTOR),
                    Set.of(CONTRAST_CANNULATION),
                    true,
                    MRI_CONTRAST + " " + FAST,
                    MRI_CONTRAST_CY + " " + FAST_CY),
            exam(
                    "MHEAR",
                    "MRI heart (cardiac function and viability)",
                    "Sgan MRI o’r galon (gweithrediad a hyfywedd)",
                    Modality.MR,
                    60,
                    0,
                    0,
                    Set.of(CARDIAC, CONTRAST_INJECTOR),
                    Set.of(CARDIAC_MR, CONTRAST_CANNULATION),
                    true,
                    MRI_CONTRAST,
                    MRI_CONTRAST_CY),
            // Other modalities
            exam(
                    "DXBMD",
                    "DEXA bone density, hip and spine",
                    "Sgan dwysedd esgyrn DEXA, y glun a’r asgwrn cefn",
                    Modality.DEXA,
                    20,
                    20,
                    0,
                    Set.of(),
                    Set.of(),
                    false,
                    DEXA,
                    DEXA_CY),
            exam(
                    "XMAMB",
                    "Mammography, both breasts",
                    "Mamogram o’r ddwy fron",
                    Modality.MAMMOGRAPHY,
                    20,
                    0,
                    0,
                    Set.of(),
                    Set.of(),
                    false,
                    MAMMO,
                    MAMMO_CY),
            exam(
                    "FBASW",
                    "Barium swallow",
                    "Llyncu bariwm",
                    Modality.FLUOROSCOPY,
                    30,
                    30,
                    0,
                    Set.of(),
                    Set.of(),
                    false,
                    SWALLOW,
                    SWALLOW_CY),
            exam(
                    "FVIDS",
                    "Videofluoroscopy swallow study",
                    "Astudiaeth llyncu fideofflworosgopi",
                    Modality.FLUOROSCOPY,
                    30,
                    30,
                    30,
                    Set.of(),
                    Set.of(),
                    false,
                    SWALLOW,
                    SWALLOW_CY),
            exam(
                    "FHSGR",
                    "Hysterosalpingogram",
                    "Histerosalpingogram",
                    Modality.FLUOROSCOPY,
                    30,
                    0,
                    0,
                    Set.of(),
                    Set.of(),
                    true,
                    HSG,
                    HSG_CY));

    private DemoExams() {}

    /** Whether the exam is done for patients of this age band (infant hips, say, only for infants). */
    static boolean offeredTo(Exam exam, AgeBand band) {
        return AGES.get(exam.code()).contains(band);
    }

    /** An exam with its minutes by age band; zero means the exam is not done at that age. */
    private static Exam exam(
            String code,
            String name,
            String nameWelsh,
            Modality modality,
            int adult,
            int child,
            int infant,
            Set<Capability> capabilities,
            Set<Skill> skills,
            boolean contrast,
            String preparation,
            String preparationWelsh) {
        Map<AgeBand, Duration> durations = new EnumMap<>(AgeBand.class);
        if (child > 0) {
            durations.put(AgeBand.CHILD, Duration.ofMinutes(child));
        }
        if (infant > 0) {
            durations.put(AgeBand.INFANT, Duration.ofMinutes(infant));
        }
        Set<AgeBand> ages = EnumSet.copyOf(durations.isEmpty() ? Set.of(AgeBand.ADULT) : durations.keySet());
        if (adult > 0) {
            ages.add(AgeBand.ADULT);
        }
        // The catalogue needs an adult figure for every exam; one not done for adults carries the longest
        // of its own figures, and the generator never refers an adult for it (offeredTo).
        durations.put(AgeBand.ADULT, Duration.ofMinutes(adult > 0 ? adult : Math.max(child, infant)));
        AGES.put(new ExamCode(code), ages);
        Set<Skill> needs = new HashSet<>(skills);
        needs.add(Skill.competenceFor(modality));
        return new Exam(
                new ExamCode(code),
                name,
                modality,
                durations,
                capabilities,
                needs,
                contrast,
                preparation,
                preparationWelsh,
                Optional.of(nameWelsh));
    }
}
