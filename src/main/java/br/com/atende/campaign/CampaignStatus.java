package br.com.atende.campaign;

public enum CampaignStatus {
  ACTIVE,
  CLOSED
}
