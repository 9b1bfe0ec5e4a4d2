package org.imagingnetwork.portal.support;

import java.util.Optional;
import org.imagingnetwork.core.patient.PatientId;
import org.imagingnetwork.core.signin.SignInLinks;

/** The test portal with its fixture network, left running for a developer to click through. */
public final class LocalPortal {
    private LocalPortal() {}

    public static void main(String[] args) throws InterruptedException {
        PortalServer portal = PortalServer.get();
        PortalFixture.Patient patient = portal.fixture().adult();
        portal.fixture().waitingRequest(patient, PortalFixture.MRI_BRAIN);
        String link = portal.context().getBean(SignInLinks.class).url(new PatientId(patient.id()), Optional.empty());
        System.out.println("PORTAL " + portal.url() + " LINK " + link + " DOB " + patient.dateOfBirth() + " POSTCODE "
                + patient.postcode());
        Thread.currentThread().join();
    }
}
