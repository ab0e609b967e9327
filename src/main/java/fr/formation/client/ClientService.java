package fr.formation.client;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** Reads clients for the API. */
@ApplicationScoped
public class ClientService {

    @Transactional
    public Optional<Client> byId(long pk) {
        return ClientEntity.<ClientEntity> findByIdOptional(pk).map(Client::of);
    }

    /** One query for any number of clients. */
    @Transactional
    public Map<Long, Client> byIds(Collection<Long> pks) {
        if (pks.isEmpty()) {
            return Map.of();
        }
        return ClientEntity.<ClientEntity> list("id in ?1", pks.stream().distinct().toList()).stream()
                .map(Client::of)
                .collect(Collectors.toMap(Client::pk, Function.identity()));
    }
}
