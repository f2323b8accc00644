package br.com.atende.serviceevent.leadzap;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface LeadZapReplyRepository extends JpaRepository<LeadZapReply, Long> {

  boolean existsByProviderMessageId(String providerMessageId);

  List<LeadZapReply> findByFromPhoneOrderByReceivedAtAscIdAsc(String fromPhone);
}
