"""Other people's details: emergency contacts and next of kin, referees, other employers' staff.

Legal catalogue §8 and §9. These questions collect third parties' data, so a name, phone or email
field inside such a block takes the block's category (see ``formaudit.classify.context``).
Not references: a job or vacancy *reference number* ("Referenznummer", "Kennziffer"), a referral
("how did you hear about us"), a Teacher Reference Number.
"""

from __future__ import annotations

from formaudit.classify.vocabulary.base import Phrase, Where, alt
from formaudit.models.categories import Category

EMERGENCY = Category.EMERGENCY_CONTACT
REFERENCES = Category.REFERENCES
OTHER = Category.OTHER_APPLICATIONS

_NOT_A_REFEREE = alt(
    r"(?:reference|ref|referentie|referenz|referencia) ?(?:number|no|nr|nummer|numero|code|id)",
    r"(?:job|vacancy|position|posting|requisition|advert|offer|offre|oferta|stelle|vacature)"
    r" (?:\w+ )?(?:reference|ref)",
    r"reference (?:de|du|of|for) (?:l |la |this |the )?"
    r"(?:offre|annonce|poste|job|vacancy|position|advert|role)",
    r"numero de referen\w*",
    r"your reference",
    r"teacher reference",
    r"frame of reference",
    r"for reference only",
    r"referr?al\w*",
    r"referred",
    r"how did you (?:hear|find)",
    r"kennziffer",
    r"vacaturenummer",
    r"referr?er",
)

# Scenario questions mention accidents and emergencies too: what the candidate would do, not whom to call.
_SCENARIO = alt(
    r"what would you do", r"how would you", r"describe", r"tell us about", r"experience", r"handled?",
    r"respond\w*", r"procedures?", r"training", r"first aid", r"que feriez vous", r"que harias",
    r"wat (?:zou|doe) (?:je|u) doen", r"wat doe je", r"wat doet u", r"was wurden sie tun", r"beschreib\w*",
    r"beschrijf", r"decrivez", r"describa",
)

PHRASES: tuple[Phrase, ...] = (
    Phrase(EMERGENCY, "emergency_contact", alt(
        r"emergency (?:contacts?|contact persons?|phone|telephone|numbers?|name|persons?)",
        r"in (?:case|the event) of (?:an )?emergenc\w*",
        r"in an emergency",
        r"persons? to (?:notify|contact|inform)",
        r"next of kin",
        r"ice (?:contact|number|phone)",
        r"notfall ?kontakt\w*",
        r"notfallnummer",
        r"notfalltelefon",
        r"(?:im|bei) not ?fall\w* (?:zu )?(?:benachrichtigen|kontaktieren|verstandigen|informieren)",
        r"kontakt im notfall",
        r"(?:fur|bei) not ?fall\w*",
        r"(?:kontakt\w*|ansprechpartner\w*|person|angehorige\w*|telefon\w*) (?:\w+ ){0,2}im not ?fall",
        r"noodgeval\w*",
        r"ansprechpartner (?:im|fur) not ?fall\w*",
        r"nachste?n? angehorige\w*",
        r"contacts? d urgence",
        r"personnes? a (?:prevenir|contacter)",
        r"en cas d urgence",
        r"numero d urgence",
        r"contactos? de emergencia",
        r"en caso de emergencia",
        r"telefono de emergencia",
        r"familiar (?:mas )?cercano",
        r"noodcontact\w*",
        r"noodnummer",
        r"contactpersoon (?:bij|in geval van|voor) (?:nood|calamiteiten|noodgevallen)",
        r"in geval van nood",
        r"bij nood",
        r"naaste (?:familie|verwant\w*)",
    ), unless=r"emergency (?:response|medicine|services?|room|department|management|planning|care|nursing"
              r"|dispatch)"),
    # "Who should we call if something happens to you at work?": whom to tell, asked in plain words.
    Phrase(EMERGENCY, "if_something_happens", alt(
        r"if (?:anything|something) (?:\w+ )?(?:happens|happened|should happen|were to happen) to you",
        r"if you (?:are|were|get|got|become|became|fall|fell|feel|felt) (?:\w+ )?"
        r"(?:injured|hurt|ill|sick|unwell|taken ill) (?:at|during|while|on)",
        r"in (?:case|the event) of (?:an |a )?(?:accident|injury|incident at work)",
        r"(?:who|whom|persons?|someone|somebody|people) (?:\w+ ){0,2}"
        r"(?:should|can|shall|do|may|would|must|to) (?:\w+ ){0,3}"
        r"(?:call|contact|notify|inform|ring|phone|reach|alert|tell) (?:\w+ ){0,3}"
        r"(?:if|in case|should|when|in the event) (?:\w+ ){0,4}"
        r"(?:happen\w*|emergenc\w*|accident\w*|injur\w*|hurt|ill|sick|wrong|incident)",
        r"(?:falls|wenn) (?:ihnen|dir) (?:\w+ )?etwas (?:zustosst|zustossen|passiert|passieren)\w*",
        r"(?:bei einem|im falle eines) (?:arbeits)?unfall\w*",
        r"im not ?fall\w* (?:\w+ ){0,2}(?:kontakt\w*|ansprech\w*|erreichbar|zu erreichen|benachrichtig\w*"
        r"|verstandig\w*|anrufen|informieren)",
        r"(?:wer|wen|wem) (?:\w+ ){0,4}im not ?fall",
        r"en cas d (?:accident|incident|malaise)",
        r"(?:s il|si) (?:vous|t) (?:arrive|arrivait) quelque chose",
        r"en caso de (?:accidente|urgencia|percance)",
        r"a quien (?:\w+ ){0,2}(?:avisamos|avisar|llamamos|llamar|contactamos|contactar|aviso) (?:\w+ ){0,2}"
        r"(?:en caso|si te pasa|si le pasa|si ocurre)",
        r"si (?:te|le) (?:pasa|ocurre|sucede) (?:algo|alguna cosa)",
        r"(?:als|wanneer|indien) (?:er )?(?:iets|wat) (?:met (?:je|jou|u) )?"
        r"(?:gebeurt|zou gebeuren|voorvalt)",
        r"(?:bij|in geval van) (?:een )?(?:ongeval|ongeluk|calamiteit\w*)",
    ), unless=_SCENARIO),
    Phrase(EMERGENCY, "ident", r"nok|ice|emergency\w*|nextofkin|notfall\w*", where=Where.IDENT),
    Phrase(REFERENCES, "referees", alt(
        r"references",
        r"referees?",
        r"reference (?:\d|one|two|three|names?|phone|telephone|e ?mail|contacts?|persons?|details|letters?"
        r"|checks?|providers?)",
        r"(?:first|second|third|1st|2nd|3rd|professional|personal|character|work|employment|employer"
        r"|academic)"
        r" references?",
        r"(?:names?|phone|telephone|e ?mail|contact details?|address) of (?:your )?(?:references?|referees?)",
        r"for (?:a|your) reference",
        r"referenzen",
        r"referenzgeber\w*",
        r"referenzperson\w*",
        r"referenzschreiben",
        r"empfehlungsschreiben",
        r"references? professionnelles?",
        r"personnes? de reference",
        r"referencias(?: laborales| profesionales| personales)?",
        r"personas? de referencia",
        r"referenties",
        r"referentiepersonen",
        r"referentiepersoon",
        r"referent(?:e|es|s|en)?",
    ), unless=_NOT_A_REFEREE),
    # "Who can vouch for your work?", "two people who have supervised you", "can we call them?"
    Phrase(REFERENCES, "people_who_vouch", alt(
        r"vouch for (?:you|your)",
        r"who (?:can|could|would|will|may) (?:\w+ )?(?:vouch|confirm|verify|attest|speak|comment|talk)"
        r" (?:(?:for|to|on|about|of) )?(?:you|your (?:work|performance|experience|skills|character"
        r"|abilities|conduct|employment))",
        r"(?:people|persons?|someone|somebody|contacts?|individuals?|colleagues?|managers?)"
        r" (?:(?:who|that|whom) )?(?:we )?(?:can|could|may|would|will)"
        r" (?:speak|talk|comment|attest|confirm|tell us|vouch|contact|call) (?:\w+ ){0,3}"
        r"(?:about|to|for|on|regarding) (?:you|your (?:work|performance|experience|skills|character"
        r"|abilities|conduct))",
        r"(?:people|persons?|individuals?|someone|managers?|supervisors?) (?:who|that) (?:have |has |had )?"
        r"(?:directly )?(?:supervised|managed|line managed|worked with|known) you",
        r"(?:former|previous|past|current|present|last|recent) (?:line )?"
        r"(?:managers?|supervisors?|boss\w*|employers?|colleagues?) (?:who |that |whom )?(?:we )?"
        r"(?:can|could|may) (?:contact|call|speak|talk|reach|phone|ring)",
        r"(?:can|could|may) we (?:call|contact|phone|ring|speak to|speak with|reach out to|approach)"
        r" (?:them|him|her|this person|these people|your (?:\w+ )?(?:employer|manager|supervisor|boss))\b",
        r"(?:who|that|which) (?:can|could|would|will|may) (?:recommend|endorse) you",
        r"(?:ancien|precedent|dernier|actuel)\w* (?:responsable|manager|employeur|superieur|chef|collegue)s?"
        r" (?:\w+ ){0,4}(?:contacter|joindre|appeler)",
        r"(?:pouvant|qui peu\w+|susceptibles? de|pret(?:e|es|s)? a|pourrai\w+) (?:vous )?"
        r"(?:recommander|temoigner|parler de (?:vous|votre travail))",
        r"(?:antiguo|anterior|ultimo|actual)s? (?:jefe|responsable|superior|empleador|manager|companero)s?"
        r" (?:\w+ ){0,3}(?:contactar|llamar)",
        r"(?:que|quien) (?:pueda|puedan|podria|podrian) (?:recomendar(?:te|le)?"
        r"|hablar de (?:ti|usted|tu trabajo))",
        r"(?:ehemalig|fruher|vorherig|letzt|derzeitig|aktuell)\w*"
        r" (?:vorgesetzt|chef|arbeitgeber|manager|kolleg)\w* (?:\w+ ){0,4}"
        r"(?:kontaktieren|anrufen|ansprechen|befragen)",
        r"(?:wer|wen) (?:\w+ ){0,3}(?:auskunft uber (?:sie|dich|ihre|deine)|uber ihre arbeit)",
        r"(?:die|der) (?:sie|dich) (?:\w+ )?empfehlen (?:kann|konnen|konnte|wurde|wurden)",
        r"(?:vorige|voormalige?|oud|huidige) (?:leidinggevende|manager|werkgever|baas|collega)\w*"
        r" (?:\w+ ){0,3}(?:bellen|benaderen|contact)",
        r"(?:die|wie) (?:je|u) (?:kan|kunnen|wil|willen) aanbevelen",
        r"voor (?:een )?referentie\b(?! ?(?:nummer|code))",
        r"als referentie (?:\w+ )?(?:benaderen|bellen|opgeven|contacteren|gebruiken|opnemen)",
        r"referentie ?(?:check\w*|gegevens|contact\w*)",
    ), unless=_NOT_A_REFEREE),
    Phrase(REFERENCES, "contact_employer", alt(
        r"may we contact (?:your |this )?(?:\w+ )?(?:employer|supervisor|manager)",
        r"contact (?:your |this )?(?:current|present|previous|former|last) (?:employer|supervisor|manager)",
        r"(?:derzeitigen|aktuellen|bisherigen|fruheren|jetzigen) arbeitgeber (?:\w+ )?kontaktieren",
        r"kontaktaufnahme mit (?:ihrem |dem )?(?:derzeitigen |aktuellen )?arbeitgeber",
        r"contacter (?:votre |vos )?(?:employeur|ancien employeur|anciens employeurs)",
        r"contactar (?:con )?(?:su|tu) (?:empleador|empresa) actual",
        r"contact opnemen met (?:uw|je) (?:huidige |vorige )?werkgever",
    )),
    Phrase(REFERENCES, "ident", r"referee\w*|references", where=Where.IDENT),
    Phrase(OTHER, "other_processes", alt(
        r"other (?:companies|employers|organi[sz]ations|firms|businesses) (?:\w+ ){0,4}"
        r"(?:interview\w*|appl\w*|process\w*|talking|speaking|in discussions?|offers?|made you)",
        r"(?:interview\w*|appl\w*|talking|talked|speaking|spoken|met|in touch|in contact|in talks"
        r"|in discussions?|in process|offers?|processes) (?:\w+ ){0,2}(?:with|at|to|from)"
        r" (?:any |some |several )?other"
        r" (?:companies|employers|organi[sz]ations|firms|businesses|recruiters)",
        r"other (?:job )?(?:offers|applications|interviews|interview processes|recruitment processes"
        r"|hiring processes)",
        r"(?:another|any other) (?:job )?(?:offer|interview|application)(?! (?:dates?|times?|slots?"
        r"|availability|questions?|information|comments?|details|notes|materials?|documents?|forms?))",
        r"offers? on the table",
        r"(?:competing|pending|outstanding) (?:job )?offers",
        r"hiring managers? (?:\w+ ){0,5}other",
        r"compan(?:y|ies) (?:\w+ ){0,3}(?:also |currently )?(?:applying|interviewing|applied)",
        r"(?:stages?|process\w*|interviews?) (?:\w+ ){0,2}(?:any )?other"
        r" (?:company|employer|organi[sz]ation)",
        r"where else (?:\w+ ){0,3}(?:appl\w*|interview\w*|in process|in the process|talking|speaking"
        r"|looking|in discussions?|in the running)",
        r"(?:interviewing|applying|applied|in process|talking|looking|offers?) (?:\w+ ){0,2}"
        r"(?:elsewhere|anywhere else|somewhere else)",
        r"who else (?:are you|you re) (?:talking|speaking|interviewing|meeting)",
        r"(?:at|from|of|with) the other (?:company|companies|employer|employers|firms?|organi[sz]ations?)",
        r"other (?:roles|jobs|positions|vacancies) (?:\w+ ){0,3}(?:applied|applying|interviewing)"
        r"(?! (?:\w+ ){0,3}(?:with us|at our|here))",
        r"(?:laufende|andere|weitere) (?:bewerbungen|bewerbungsverfahren|bewerbungsprozesse)",
        r"(?:bewerbungsverfahren|bewerbungsprozess)\w* (?:bei|mit) (?:anderen|weiteren)"
        r" (?:unternehmen|arbeitgebern|firmen)",
        r"anderen (?:unternehmen|arbeitgebern|firmen) (?:\w+ ){0,6}bewerbungs\w*",
        r"(?:bei|an|mit) (?:anderen|weiteren) (?:arbeitgebern|unternehmen|firmen|organisationen)"
        r" (?:\w+ ){0,2}"
        r"(?:beworben|bewerb\w*|im gesprach|in gesprachen|vorstellungsgesprach\w*)",
        r"(?:sonst|noch|ausserdem|anderweitig) (?:\w+ )?beworben",
        r"(?:von|bei|mit) welchen (?:anderen )?(?:firmen|unternehmen|arbeitgebern)",
        r"(?:avec|chez|aupres) (?:d |de |des )?(?:quelles? |les )?(?:autres|d autres)"
        r" (?:entreprises|societes|employeurs|recruteurs|structures)",
        r"autres? (?:processus|candidatures?|entretiens?|offres?)(?: d emploi)?(?! (?:chez nous|dans notre))",
        r"(?:processus|procedures?) de recrutement en cours",
        r"candidatures? en cours",
        r"(?:en|con) (?:que |cuales |las )?otras (?:empresas|companias|organizaciones|firmas)",
        r"otras (?:empresas|companias) (?:\w+ ){0,3}"
        r"(?:entrevist\w*|proceso\w*|postul\w*|aplic\w*|candidat\w*)",
        r"otros procesos(?: de seleccion)?",
        r"procesos de seleccion (?:en curso|abiertos)",
        r"otras? (?:ofertas?|entrevistas?|candidaturas?)(?! (?:de|en) (?:nuestra|esta))",
        r"solliciteer\w* (?:je|u) (?:nog|ook)",
        r"(?:bij welke|welke andere) (?:bedrijven|werkgevers)",
        r"(?:lopende|andere) sollicitatie\w*",
        r"sollicitaties? bij andere",
        r"elders (?:gesolliciteerd|in gesprek|in procedure)",
        r"andere (?:werkgevers|bedrijven) (?:\w+ ){0,3}(?:solliciteer|gesprek|sollicitatie)\w*",
        r"(?:solliciteer\w*|sollicitaties?|gesprekken?) (?:\w+ ){0,3}(?:bij )?andere"
        r" (?:werkgevers|bedrijven|organisaties)",
    )),
    # "Weitere Angebote" is also a newsletter opt-in; only the job-offer sense counts.
    Phrase(OTHER, "other_offers_de", alt(
        r"(?:weitere|andere|konkurrierende|parallele) (?:job|stellen|arbeits|vertrags)?angebote",
    ), unless=r"erhalten|newsletter|informiert|zusenden|e ?mail|werbung|produkte"),
)
