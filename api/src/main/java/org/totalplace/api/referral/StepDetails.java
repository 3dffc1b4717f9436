package org.totalplace.api.referral;

/**
 * The body of a step on a referral; each step reads only its own fields: decline (code, reason),
 * information-requests (question), information (answer), complete (completed, outcome), withdraw
 * (reason), reroute (serviceId, reason), assign (assignee, reason).
 */
public class StepDetails {
  private String code;
  private String reason;
  private String question;
  private String answer;
  private Boolean completed;
  private String outcome;
  private Long serviceId;
  private String assignee;

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public String getQuestion() {
    return question;
  }

  public void setQuestion(String question) {
    this.question = question;
  }

  public String getAnswer() {
    return answer;
  }

  public void setAnswer(String answer) {
    this.answer = answer;
  }

  public Boolean getCompleted() {
    return completed;
  }

  public void setCompleted(Boolean completed) {
    this.completed = completed;
  }

  public String getOutcome() {
    return outcome;
  }

  public void setOutcome(String outcome) {
    this.outcome = outcome;
  }

  public Long getServiceId() {
    return serviceId;
  }

  public void setServiceId(Long serviceId) {
    this.serviceId = serviceId;
  }

  public String getAssignee() {
    return assignee;
  }

  public void setAssignee(String assignee) {
    this.assignee = assignee;
  }
}
