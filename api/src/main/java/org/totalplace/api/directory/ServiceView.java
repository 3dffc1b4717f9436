package org.totalplace.api.directory;

import org.totalplace.directory.entity.Service;

/** A service people can be referred to. */
public record ServiceView(
    long id, String agency, String agencyName, String name, String description) {

  static ServiceView of(Service service) {
    return new ServiceView(
        service.getId(),
        service.getAgency().getCode(),
        service.getAgency().getName(),
        service.getName(),
        service.getDescription());
  }
}
