"""Other people's details: emergency contacts and next of kin, referees, other employers' staff.

Legal catalogue §8 and §9. These questions collect third parties' data, so a name, phone or email
field inside such a block takes the block's category (see ``formaudit.classify.context``).
Not references: a job or vacancy *reference number* ("Referenznummer", "Kennziffer"), a referral
("how did you hear about us"), a Teacher Reference Number.
"""

from __future__ import annotations

from formaudit.categories import Category
from formaudit.classify.vocabulary.base import Phrase, Where, alt

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
    Phrase(EMERGENCY, "ident", r"nok|ice|emergency\w*|nextofkin|notfall\w*", where=Where.IDENT),
    Phrase(REFERENCES, "referees", alt(
        r"references",
        r"referees?",
        r"reference (?:\d|one|two|three|names?|phone|telephone|e ?mail|contacts?|persons?|details|letters?"
        r"|checks?|providers?)",
        r"(?:first|second|third|1st|2nd|3rd|professional|personal|character|work|employment|employer|academic)"
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
        r"(?:interview\w*|appl\w*) (?:\w+ ){0,2}(?:with|at|to) (?:any )?other"
        r" (?:companies|employers|organi[sz]ations|firms)",
        r"other (?:job )?(?:offers|applications|interviews|interview processes|recruitment processes"
        r"|hiring processes)",
        r"(?:competing|pending|outstanding) (?:job )?offers",
        r"hiring managers? (?:\w+ ){0,3}other",
        r"compan(?:y|ies) (?:\w+ ){0,3}(?:also |currently )?(?:applying|interviewing|applied)",
        r"(?:stages?|process\w*|interviews?) (?:\w+ ){0,2}(?:any )?other"
        r" (?:company|employer|organi[sz]ation)",
        r"where else (?:are|have) you (?:applied|interviewing|applying)",
        r"(?:interviewing|applying|applied) elsewhere",
        r"solliciteer\w* (?:je|u) (?:nog|ook)",
        r"(?:bij welke|welke andere) (?:bedrijven|werkgevers)",
        r"(?:laufende|andere|weitere) (?:bewerbungen|bewerbungsverfahren|bewerbungsprozesse)",
        r"(?:bewerbungsverfahren|bewerbungsprozess)\w* (?:bei|mit) (?:anderen|weiteren)"
        r" (?:unternehmen|arbeitgebern|firmen)",
        r"anderen (?:unternehmen|arbeitgebern|firmen) (?:\w+ ){0,6}bewerbungs\w*",
        r"(?:sonst|noch|ausserdem|anderweitig) (?:\w+ )?beworben",
        r"(?:avec|chez|aupres) (?:d )?(?:autres|d autres) (?:entreprises|societes|employeurs|recruteurs)",
        r"autres? (?:processus|candidatures|entretiens|offres)",
        r"(?:processus|procedures?) de recrutement en cours",
        r"candidatures? en cours",
        r"otros procesos(?: de seleccion)?",
        r"procesos de seleccion (?:en curso|abiertos)",
        r"otras (?:ofertas|entrevistas|candidaturas)",
        r"lopende sollicitaties?",
        r"andere sollicitaties?",
        r"sollicitaties? bij andere",
        r"andere (?:werkgevers|bedrijven) (?:\w+ ){0,3}(?:solliciteer|gesprek|sollicitatie)\w*",
        r"bij welke andere (?:werkgevers|bedrijven)",
        r"(?:solliciteer\w*|sollicitaties?|gesprekken?) (?:\w+ ){0,3}(?:bij )?andere"
        r" (?:werkgevers|bedrijven|organisaties)",
    )),
)
