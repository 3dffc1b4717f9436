package org.totalplace.api.directory;

import java.util.List;
import org.totalplace.directory.entity.Service;
import org.totalplace.directory.entity.ServiceLocation;
import org.totalplace.directory.entity.TaxonomyTerm;

/**
 * A service people can be referred to, as the directory describes it. {@code areas} empty means the
 * whole place; {@code available} means open to referrals and not known to be full.
 */
public record ServiceView(
    long id,
    String agency,
    String agencyName,
    String name,
    String description,
    String eligibility,
    String howToRefer,
    List<String> needs,
    List<String> areas,
    boolean wholePlace,
    boolean acceptingReferrals,
    boolean available,
    int responseWorkingHours,
    Integer waitingWeeks,
    String waitingNote,
    Integer capacity,
    Contact contact,
    List<Location> locations,
    int version) {

  /** Who to ask about the service. */
  public record Contact(String name, String email, String phone) {}

  /** Where the service is delivered. */
  public record Location(String name, String address, String postcode) {}

  static ServiceView of(Service s) {
    return new ServiceView(
        s.getId(),
        s.getAgency().getCode(),
        s.getAgency().getName(),
        s.getName(),
        s.getDescription(),
        s.getEligibility(),
        s.getHowToRefer(),
        s.getNeeds().stream().map(TaxonomyTerm::getCode).toList(),
        s.getDistricts(),
        s.isWholePlace(),
        s.isAcceptingReferrals(),
        s.isAvailable(),
        s.getResponseWorkingHours(),
        s.getWaitingWeeks(),
        s.getWaitingNote(),
        s.getCapacity(),
        new Contact(s.getContactName(), s.getContactEmail(), s.getContactPhone()),
        s.getLocations().stream().map(ServiceView::location).toList(),
        s.getVersion());
  }

  private static Location location(ServiceLocation l) {
    return new Location(l.getName(), l.getAddress(), l.getPostcode());
  }
}
