package br.com.atende.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PhonesTest {

  @ParameterizedTest(name = "{0} → {1}, {2}")
  @CsvSource({
      "+5592991234567, America/Manaus, AM",
      "+559232341234, America/Manaus, AM",
      "+5565991234567, America/Manaus, MT",
      "+5567991234567, America/Manaus, MS",
      "+5569991234567, America/Manaus, RO",
      "+5595991234567, America/Manaus, RR",
      "+5568991234567, America/Rio_Branco, AC",
      "+5511991234567, America/Sao_Paulo, SP",
      "+5562999990000, America/Sao_Paulo, GO",
      "+5583991234567, America/Sao_Paulo, PB",
      // The time-zone data puts all of DDD 81 on Noronha's clock; Recife's is Brasília's offset.
      "+5581991234567, America/Recife, PE",
      "+558132341234, America/Recife, PE",
      "+558136191234, America/Noronha, PE",
  })
  void theDddGivesTheLeadsZoneAndState(String phone, String zone, String state) {
    assertThat(Phones.zonesOf(phone)).containsExactly(ZoneId.of(zone));
    assertThat(Phones.stateOf(phone)).contains(state);
  }

  @ParameterizedTest
  @CsvSource({"''", "abc", "+1 212 555 0100"})
  void aNumberWithoutBrazilianDataKeepsBrasiliasClock(String phone) {
    assertThat(Phones.zonesOf(phone)).containsExactly(BusinessTime.ZONE);
  }
}
