package br.com.atende.interaction;

import br.com.atende.client.Channel;
import br.com.atende.client.Client;
import br.com.atende.client.ClientRecordPart;
import br.com.atende.client.ClientRegistry;
import br.com.atende.client.TimelineEntry;
import br.com.atende.common.Codes;
import br.com.atende.common.Links;
import br.com.atende.common.Text;
import br.com.atende.common.UserFacingException;
import br.com.atende.security.AtendeUser;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Records the "movimentações" of a client and puts them on the client's timeline. */
@Service
public class InteractionService implements ClientRecordPart {

  public record NewInteraction(String channel, String purpose, String summary, String link, String product) {}

  public record Recorded(Long id) {}

  private final InteractionRepository interactions;
  private final ClientRegistry registry;

  public InteractionService(InteractionRepository interactions, ClientRegistry registry) {
    this.interactions = interactions;
    this.registry = registry;
  }

  /** Every field checked before anything is stored: a placeholder summary ("[...]") is refused, as the manual says. */
  @Transactional
  public Interaction record(Long clientId, NewInteraction request, AtendeUser user) {
    Client client = registry.clientFor(clientId, user);
    if (request == null) {
      throw UserFacingException.badRequest("Informe a movimentação.");
    }
    Channel channel = Codes.require(Channel.class, request.channel(), "Canal (channel)");
    Purpose purpose = Codes.require(Purpose.class, request.purpose(), "Motivo do contato (purpose)");
    String summary = Text.requireRealText(request.summary(), 4000, "Resumo da movimentação (summary)");
    String link = Links.requireHttp(request.link(), "Link do Bitrix (link)");
    String product = Text.requireMaxLength(Text.blankToNull(request.product()), 200, "Produto/serviço (product)");
    return interactions.save(new Interaction(client.getId(), channel, purpose, summary, link, product, user.id()));
  }

  @Override
  public List<TimelineEntry> timeline(Client client) {
    return interactions.findByClientIdOrderByCreatedAtDesc(client.getId()).stream()
        .map(interaction -> new TimelineEntry(interaction.getCreatedAt(), "INTERACTION",
            "Movimentação · " + interaction.getPurpose().label() + " · " + interaction.getChannel().label()
                + (interaction.getProduct() == null ? "" : " · " + interaction.getProduct()),
            interaction.getSummary(), interaction.getCreatedBy(), String.valueOf(interaction.getId()),
            interaction.getLink()))
        .toList();
  }
}
