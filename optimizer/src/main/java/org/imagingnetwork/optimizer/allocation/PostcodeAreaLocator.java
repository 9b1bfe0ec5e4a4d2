package org.imagingnetwork.optimizer.allocation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.imagingnetwork.core.network.GeoPoint;
import org.imagingnetwork.core.network.Site;
import org.imagingnetwork.core.patient.Patient;

/**
 * Places a patient by their postcode using only the network's own sites: a patient in the same
 * postcode district (B15) as a site is taken to live there, otherwise at the centre of the sites in
 * their postcode area (B). Coarse, but it needs no address data; a postcode directory replaces it
 * where one is loaded.
 */
public final class PostcodeAreaLocator implements HomeLocator {

    private final Map<String, GeoPoint> districts = new HashMap<>();
    private final Map<String, GeoPoint> areas = new HashMap<>();

    public PostcodeAreaLocator(List<Site> sites) {
        Map<String, double[]> areaSums = new HashMap<>();
        for (Site site : sites) {
            String outward = outward(site.postcode());
            districts.putIfAbsent(outward, site.location());
            double[] sum = areaSums.computeIfAbsent(area(outward), a -> new double[3]);
            sum[0] += site.location().latitude();
            sum[1] += site.location().longitude();
            sum[2]++;
        }
        areaSums.forEach((area, sum) -> areas.put(area, new GeoPoint(sum[0] / sum[2], sum[1] / sum[2])));
    }

    @Override
    public Optional<GeoPoint> locate(Patient patient) {
        String outward = patient.postcode().outward();
        return Optional.ofNullable(districts.get(outward)).or(() -> Optional.ofNullable(areas.get(area(outward))));
    }

    private static String outward(String postcode) {
        int space = postcode.indexOf(' ');
        return space < 0 ? postcode : postcode.substring(0, space);
    }

    private static String area(String outward) {
        return outward.replaceAll("[0-9].*$", "");
    }
}
