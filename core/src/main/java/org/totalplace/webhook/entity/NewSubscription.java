package org.totalplace.webhook.entity;

import java.io.Serializable;
import java.util.List;

/** What a system asks for when it subscribes: where to send, which events, how hard to try. */
public class NewSubscription implements Serializable {
  private static final long serialVersionUID = 1L;

  private String url;
  private List<String> events;
  private Integer maxAttempts;

  public NewSubscription() {}

  public NewSubscription(String url, List<String> events, Integer maxAttempts) {
    this.url = url;
    this.events = events;
    this.maxAttempts = maxAttempts;
  }

  public String getUrl() {
    return url;
  }

  public void setUrl(String url) {
    this.url = url;
  }

  public List<String> getEvents() {
    return events;
  }

  public void setEvents(List<String> events) {
    this.events = events;
  }

  /** 1 to 8; left out, the full back-off schedule (8 attempts over about 31 hours). */
  public Integer getMaxAttempts() {
    return maxAttempts;
  }

  public void setMaxAttempts(Integer maxAttempts) {
    this.maxAttempts = maxAttempts;
  }
}
