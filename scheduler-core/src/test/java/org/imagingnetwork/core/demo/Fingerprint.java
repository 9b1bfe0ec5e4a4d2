package org.imagingnetwork.core.demo;

import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A digest of a generated network that does not depend on the JVM it was made in: sets and maps are
 * written in sorted order (their own iteration order changes from one JVM run to the next), so two
 * runs agree exactly when their networks are equal. Run as a program, it prints the digest of the
 * small network for a seed and start date, for the test that compares two JVMs.
 */
final class Fingerprint {

    private Fingerprint() {}

    public static void main(String[] args) {
        DemoNetwork network = DemoNetwork.generate(DemoPreset.SMALL, Long.parseLong(args[0]), LocalDate.parse(args[1]));
        System.out.println(of(network));
    }

    static String of(DemoNetwork network) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(canonical(network).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String canonical(Object value) {
        if (value instanceof Record record) {
            StringBuilder text = new StringBuilder(record.getClass().getSimpleName()).append('(');
            for (RecordComponent component : record.getClass().getRecordComponents()) {
                try {
                    text.append(canonical(component.getAccessor().invoke(record)))
                            .append(';');
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
            return text.append(')').toString();
        }
        if (value instanceof List<?> list) {
            return list.stream().map(Fingerprint::canonical).collect(Collectors.joining(",", "[", "]"));
        }
        if (value instanceof Collection<?> set) {
            return set.stream().map(Fingerprint::canonical).sorted().collect(Collectors.joining(",", "{", "}"));
        }
        if (value instanceof Map<?, ?> map) {
            return map.entrySet().stream()
                    .map(e -> canonical(e.getKey()) + "=" + canonical(e.getValue()))
                    .sorted()
                    .collect(Collectors.joining(",", "{", "}"));
        }
        if (value instanceof Optional<?> optional) {
            return optional.map(Fingerprint::canonical).orElse("-");
        }
        return String.valueOf(value);
    }
}
