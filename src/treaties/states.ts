/**
 * The states that can become parties to the Convention and its Protocols ("open to all
 * States"): the 193 Members of the United Nations, and the states the Secretary-General as
 * depositary also treats as such (Holy See, State of Palestine, Cook Islands, Niue). M49 lists
 * territories too (Aruba, Greenland, ...), which cannot join on their own, so "countries not
 * yet party" starts from this list rather than from every M49 area.
 */
export const UN_MEMBER_STATES: readonly string[] = `
AFG ALB DZA AND AGO ATG ARG ARM AUS AUT AZE BHS BHR BGD BRB BLR BEL BLZ BEN BTN BOL BIH BWA BRA BRN BGR BFA BDI
CPV KHM CMR CAN CAF TCD CHL CHN COL COM COG CRI CIV HRV CUB CYP CZE PRK COD DNK DJI DMA DOM ECU EGY SLV GNQ ERI
EST SWZ ETH FJI FIN FRA GAB GMB GEO DEU GHA GRC GRD GTM GIN GNB GUY HTI HND HUN ISL IND IDN IRN IRQ IRL ISR ITA
JAM JPN JOR KAZ KEN KIR KWT KGZ LAO LVA LBN LSO LBR LBY LIE LTU LUX MDG MWI MYS MDV MLI MLT MHL MRT MUS MEX FSM
MCO MNG MNE MAR MOZ MMR NAM NRU NPL NLD NZL NIC NER NGA MKD NOR OMN PAK PLW PAN PNG PRY PER PHL POL PRT QAT KOR
MDA ROU RUS RWA KNA LCA VCT WSM SMR STP SAU SEN SRB SYC SLE SGP SVK SVN SLB SOM ZAF SSD ESP LKA SDN SUR SWE CHE
SYR TJK THA TLS TGO TON TTO TUN TUR TKM TUV UGA UKR ARE GBR TZA USA URY UZB VUT VEN VNM YEM ZMB ZWE`.trim().split(/\s+/);

export const OTHER_STATES: readonly string[] = ['VAT', 'PSE', 'COK', 'NIU'];

export const STATES: readonly string[] = [...UN_MEMBER_STATES, ...OTHER_STATES];
