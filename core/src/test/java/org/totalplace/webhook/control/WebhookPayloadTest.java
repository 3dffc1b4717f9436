package org.totalplace.webhook.control;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.totalplace.webhook.entity.EventType;

class WebhookPayloadTest {

  @Test
  void carriesTheIdTypeTimeAndTheDataGiven() {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("referralId", 123L);
    data.put("referral", "/api/v1/referrals/123");
    data.put("left out", null);

    String body =
        EventPayload.of(
            "e-1", EventType.REFERRAL_ACCEPTED, Instant.parse("2026-01-02T03:04:05Z"), data);

    JsonObject json = Json.createReader(new StringReader(body)).readObject();
    assertThat(json.getString("id")).isEqualTo("e-1");
    assertThat(json.getString("type")).isEqualTo("referral.accepted");
    assertThat(json.getString("timestamp")).isEqualTo("2026-01-02T03:04:05Z");
    assertThat(json.getJsonObject("data").getJsonNumber("referralId").longValue()).isEqualTo(123);
    assertThat(json.getJsonObject("data").getString("referral")).isEqualTo("/api/v1/referrals/123");
    assertThat(json.getJsonObject("data")).doesNotContainKey("left out");
  }
}
