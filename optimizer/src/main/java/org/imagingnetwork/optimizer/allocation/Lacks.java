package org.imagingnetwork.optimizer.allocation;

import java.util.ArrayList;
import java.util.List;
import org.imagingnetwork.core.network.Capability;

/** What a room lacks for a placement, in words: "an MRI scanner", "a 3T magnet and a cardiac package". */
final class Lacks {
    private Lacks() {}

    static String of(Placement placement) {
        ListedRequest request = placement.request();
        List<String> missing = new ArrayList<>();
        if (placement.slot().room().modality() != request.exam().modality()) {
            missing.add("a " + request.exam().modality().displayName() + " scanner (it is "
                    + placement.slot().room().modality().displayName() + ")");
        }
        request.exam().equipment().stream()
                .filter(capability -> !placement.slot().room().capabilities().contains(capability))
                .sorted()
                .map(Lacks::name)
                .forEach(missing::add);
        return String.join(" and ", missing);
    }

    static String name(Capability capability) {
        return switch (capability) {
            case TESLA_3 -> "a 3T magnet";
            case WIDE_BORE -> "a wide bore";
            case CARDIAC -> "a cardiac package";
            case CONTRAST_INJECTOR -> "a contrast injector";
            case BARIATRIC_TABLE -> "a bariatric table";
            case PAEDIATRIC_KIT -> "paediatric kit";
            case GENERAL_ANAESTHETIC_SUPPORT -> "general anaesthetic support";
        };
    }
}
