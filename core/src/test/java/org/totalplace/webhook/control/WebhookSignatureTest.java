package org.totalplace.webhook.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class WebhookSignatureTest {

  @Test
  void matchesTheStandardWebhooksExampleSoReceiversCanUseTheirLibraries() {
    // The worked example of the Standard Webhooks specification.
    assertThat(
            Signature.sign(
                "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw",
                "msg_p5jXN8AQM9LWM0D4loKWxJek",
                1614265330,
                "{\"test\": 2432232314}"))
        .isEqualTo("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
  }

  @Test
  void aReceiverRecomputesItFromTheSecretIdTimestampAndBody() throws Exception {
    String secret = Signature.newSecret();
    String body = "{\"type\":\"referral.received\"}";

    String header = Signature.sign(secret, "e1", 1700000000, body);

    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring(6)), "HmacSHA256"));
    String expected =
        Base64.getEncoder()
            .encodeToString(
                mac.doFinal(("e1.1700000000." + body).getBytes(StandardCharsets.UTF_8)));
    assertThat(header).isEqualTo("v1," + expected);
  }

  @Test
  void anyChangeToTheBodyTimestampOrIdGivesAnotherSignature() {
    String secret = Signature.newSecret();
    String signed = Signature.sign(secret, "e1", 1700000000, "{}");

    assertThat(Signature.sign(secret, "e1", 1700000000, "{ }")).isNotEqualTo(signed);
    assertThat(Signature.sign(secret, "e1", 1700000001, "{}")).isNotEqualTo(signed);
    assertThat(Signature.sign(secret, "e2", 1700000000, "{}")).isNotEqualTo(signed);
    assertThat(Signature.sign(Signature.newSecret(), "e1", 1700000000, "{}")).isNotEqualTo(signed);
  }

  @Test
  void secretsAreFreshThirtyTwoByteKeys() {
    String one = Signature.newSecret();

    assertThat(one).startsWith("whsec_").isNotEqualTo(Signature.newSecret());
    assertThat(Base64.getDecoder().decode(one.substring(6))).hasSize(32);
    assertThatThrownBy(() -> Signature.sign("plain", "e1", 1, "{}"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
