module attributes {gpu.container_module} {
  gpu.module @linrec {
    llvm.mlir.global internal @rows_mlstm_fwd_q() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<1040 x f32>
    llvm.mlir.global internal @rows_mlstm_fwd_k() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<1040 x f32>
    llvm.mlir.global internal @rows_mlstm_fwd_ig() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<65 x f32>
    llvm.mlir.global internal @rows_mlstm_fwd_fg() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<65 x f32>
    gpu.func @mlstm_fwd(%in_q: !llvm.ptr, %in_k: !llvm.ptr, %in_v: !llvm.ptr, %in_ig: !llvm.ptr, %in_fg: !llvm.ptr, %out_o: !llvm.ptr, %ckpt_C: !llvm.ptr, %ckpt_n: !llvm.ptr, %size_B: i64, %size_L: i64, %size_H: i64, %size_DK: i64, %size_DV: i64) kernel {
      %v1 = arith.constant 16 : i64
      %v2 = arith.constant 1 : i64
      %v3 = arith.muli %v2, %size_B : i64
      %v4 = arith.muli %v3, %size_H : i64
      %v5 = arith.muli %v4, %size_DV : i64
      %v6 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v7 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v8 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v9 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v10 = arith.constant 63 : i64
      %v11 = arith.addi %size_L, %v10 : i64
      %v12 = arith.constant 64 : i64
      %v13 = arith.divui %v11, %v12 : i64
      %v18 = arith.constant 8 : i64
      %v41 = llvm.mlir.addressof @rows_mlstm_fwd_q : !llvm.ptr<3>
      %v42 = llvm.addrspacecast %v41 : !llvm.ptr<3> to !llvm.ptr
      %v43 = llvm.mlir.addressof @rows_mlstm_fwd_k : !llvm.ptr<3>
      %v44 = llvm.addrspacecast %v43 : !llvm.ptr<3> to !llvm.ptr
      %v45 = llvm.mlir.addressof @rows_mlstm_fwd_ig : !llvm.ptr<3>
      %v46 = llvm.addrspacecast %v45 : !llvm.ptr<3> to !llvm.ptr
      %v47 = llvm.mlir.addressof @rows_mlstm_fwd_fg : !llvm.ptr<3>
      %v48 = llvm.addrspacecast %v47 : !llvm.ptr<3> to !llvm.ptr
      %v49 = arith.constant 0x00000000 : f32
      %v50 = arith.constant 0 : i64
      %v51 = arith.constant 32 : i64
      %v58 = arith.constant 512 : i64
      %v70 = arith.muli %v2, %v1 : i64
      %v71 = arith.muli %v70, %size_H : i64
      %v72 = arith.muli %v71, %size_L : i64
      %v82 = arith.constant 65 : i64
      %v118 = arith.muli %v2, %size_H : i64
      %v119 = arith.muli %v118, %size_L : i64
      %v155 = arith.muli %v2, %size_B : i64
      %v156 = arith.muli %v155, %size_H : i64
      %v157 = arith.muli %v156, %v1 : i64
      %v158 = arith.muli %v157, %size_DV : i64
      %v161 = arith.muli %v2, %size_DV : i64
      %v162 = arith.muli %v161, %v1 : i64
      %v163 = arith.muli %v162, %size_H : i64
      %v187 = arith.muli %v2, %size_B : i64
      %v188 = arith.muli %v187, %size_H : i64
      %v189 = arith.muli %v188, %v1 : i64
      %v192 = arith.muli %v2, %v1 : i64
      %v193 = arith.muli %v192, %size_H : i64
      %v222 = arith.constant 2 : i64
      %v224 = arith.constant 3 : i64
      %v226 = arith.constant 4 : i64
      %v228 = arith.constant 5 : i64
      %v230 = arith.constant 6 : i64
      %v232 = arith.constant 7 : i64
      %v235 = arith.constant 9 : i64
      %v237 = arith.constant 10 : i64
      %v239 = arith.constant 11 : i64
      %v241 = arith.constant 12 : i64
      %v243 = arith.constant 13 : i64
      %v245 = arith.constant 14 : i64
      %v247 = arith.constant 15 : i64
      %v657 = arith.constant 0x3F800000 : f32
      %v659 = arith.constant 0x3FB8AA3B : f32
      %v671 = arith.muli %v2, %size_DV : i64
      %v672 = arith.muli %v671, %size_H : i64
      %v673 = arith.muli %v672, %size_L : i64
      %v780 = arith.constant 1 : i32
      %v781 = arith.constant 32 : i32
      %v785 = arith.constant 2 : i32
      %v789 = arith.constant 4 : i32
      %v14 = gpu.block_id x
      %v15 = gpu.thread_id x
      %v16 = arith.index_cast %v15 : index to i64
      %v17 = arith.index_cast %v14 : index to i64
      %v19 = arith.subi %v18, %v2 : i64
      %v20 = arith.addi %size_DV, %v19 : i64
      %v21 = arith.divui %v20, %v18 : i64
      %v22 = arith.maxsi %v21, %v2 : i64
      %v23 = arith.divui %v17, %v22 : i64
      %v24 = arith.remui %v17, %v22 : i64
      %v25 = arith.remui %v16, %v18 : i64
      %v26 = arith.divui %v16, %v18 : i64
      %v27 = arith.muli %v24, %v18 : i64
      %v28 = arith.addi %v27, %v26 : i64
      %v29 = arith.cmpi slt, %v28, %size_DV : i64
      %v30 = arith.muli %v23, %size_DV : i64
      %v31 = arith.addi %v30, %v28 : i64
      %v32 = arith.subi %size_DV, %v2 : i64
      %v33 = arith.minsi %v28, %v32 : i64
      %v34 = arith.addi %v30, %v33 : i64
      %v35 = arith.remui %v34, %size_DV : i64
      %v36 = arith.divui %v34, %size_DV : i64
      %v37 = arith.remui %v36, %size_H : i64
      %v38 = arith.divui %v36, %size_H : i64
      %v39 = arith.remui %v38, %size_B : i64
      %v40 = arith.divui %v38, %size_B : i64
      %v712 = arith.trunci %v16 : i64 to i32
      %v713 = arith.constant 24 : i32
      %v714 = arith.andi %v712, %v713 : i32
      %v715 = arith.constant 0 : i32
      %v716 = arith.ori %v714, %v715 : i32
      %v717 = arith.constant 0 : i64
      %v718 = arith.cmpi eq, %v25, %v717 : i64
      %v719 = arith.constant 1 : i32
      %v720 = arith.ori %v714, %v719 : i32
      %v721 = arith.constant 1 : i64
      %v722 = arith.cmpi eq, %v25, %v721 : i64
      %v723 = arith.constant 2 : i32
      %v724 = arith.ori %v714, %v723 : i32
      %v725 = arith.constant 2 : i64
      %v726 = arith.cmpi eq, %v25, %v725 : i64
      %v727 = arith.constant 3 : i32
      %v728 = arith.ori %v714, %v727 : i32
      %v729 = arith.constant 3 : i64
      %v730 = arith.cmpi eq, %v25, %v729 : i64
      %v731 = arith.constant 4 : i32
      %v732 = arith.ori %v714, %v731 : i32
      %v733 = arith.constant 4 : i64
      %v734 = arith.cmpi eq, %v25, %v733 : i64
      %v735 = arith.constant 5 : i32
      %v736 = arith.ori %v714, %v735 : i32
      %v737 = arith.constant 5 : i64
      %v738 = arith.cmpi eq, %v25, %v737 : i64
      %v739 = arith.constant 6 : i32
      %v740 = arith.ori %v714, %v739 : i32
      %v741 = arith.constant 6 : i64
      %v742 = arith.cmpi eq, %v25, %v741 : i64
      %v743 = arith.constant 7 : i32
      %v744 = arith.ori %v714, %v743 : i32
      %v745 = arith.constant 7 : i64
      %v746 = arith.cmpi eq, %v25, %v745 : i64
      %v747 = arith.constant 32 : i32
      %v755 = arith.sitofp %v1 : i64 to f32
      %v756 = llvm.call_intrinsic "llvm.sqrt.f32"(%v755) : (f32) -> f32
      llvm.store %v49, %v6 : f32, !llvm.ptr
      llvm.store %v49, %v7 : f32, !llvm.ptr
      llvm.store %v49, %v8 : f32, !llvm.ptr
      llvm.store %v49, %v9 : f32, !llvm.ptr
      %v52 = arith.index_cast %v50 : i64 to index
      %v53 = arith.index_cast %size_L : i64 to index
      %v54 = arith.index_cast %v51 : i64 to index
      scf.for %v55 = %v52 to %v53 step %v54 {
        %v56 = arith.index_cast %v55 : index to i64
        // the block's shared input rows for this stretch
        gpu.barrier
        %v57 = arith.subi %size_L, %v2 : i64
        %v59 = arith.index_cast %v16 : i64 to index
        %v60 = arith.index_cast %v58 : i64 to index
        %v61 = arith.index_cast %v12 : i64 to index
        scf.for %v62 = %v59 to %v60 step %v61 {
          %v63 = arith.index_cast %v62 : index to i64
          %v64 = arith.remui %v63, %v51 : i64
          %v65 = arith.divui %v63, %v51 : i64
          %v66 = arith.addi %v56, %v64 : i64
          %v67 = arith.minsi %v66, %v57 : i64
          %v68 = arith.remui %v65, %v1 : i64
          %v69 = arith.divui %v65, %v1 : i64
          %v73 = arith.muli %v39, %v72 : i64
          %v74 = arith.muli %v67, %v71 : i64
          %v75 = arith.addi %v73, %v74 : i64
          %v76 = arith.muli %v37, %v70 : i64
          %v77 = arith.addi %v75, %v76 : i64
          %v78 = arith.muli %v68, %v2 : i64
          %v79 = arith.addi %v77, %v78 : i64
          %v80 = llvm.getelementptr %in_q[%v79] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v81 = llvm.load %v80 : !llvm.ptr -> f32
          %v83 = arith.muli %v65, %v82 : i64
          %v84 = arith.addi %v83, %v64 : i64
          %v85 = llvm.getelementptr %v42[%v84] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v81, %v85 : f32, !llvm.ptr
        }
        %v86 = arith.index_cast %v16 : i64 to index
        %v87 = arith.index_cast %v58 : i64 to index
        %v88 = arith.index_cast %v12 : i64 to index
        scf.for %v89 = %v86 to %v87 step %v88 {
          %v90 = arith.index_cast %v89 : index to i64
          %v91 = arith.remui %v90, %v51 : i64
          %v92 = arith.divui %v90, %v51 : i64
          %v93 = arith.addi %v56, %v91 : i64
          %v94 = arith.minsi %v93, %v57 : i64
          %v95 = arith.remui %v92, %v1 : i64
          %v96 = arith.divui %v92, %v1 : i64
          %v97 = arith.muli %v39, %v72 : i64
          %v98 = arith.muli %v94, %v71 : i64
          %v99 = arith.addi %v97, %v98 : i64
          %v100 = arith.muli %v37, %v70 : i64
          %v101 = arith.addi %v99, %v100 : i64
          %v102 = arith.muli %v95, %v2 : i64
          %v103 = arith.addi %v101, %v102 : i64
          %v104 = llvm.getelementptr %in_k[%v103] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v105 = llvm.load %v104 : !llvm.ptr -> f32
          %v106 = arith.muli %v92, %v82 : i64
          %v107 = arith.addi %v106, %v91 : i64
          %v108 = llvm.getelementptr %v44[%v107] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v105, %v108 : f32, !llvm.ptr
        }
        %v109 = arith.index_cast %v16 : i64 to index
        %v110 = arith.index_cast %v51 : i64 to index
        %v111 = arith.index_cast %v12 : i64 to index
        scf.for %v112 = %v109 to %v110 step %v111 {
          %v113 = arith.index_cast %v112 : index to i64
          %v114 = arith.remui %v113, %v51 : i64
          %v115 = arith.divui %v113, %v51 : i64
          %v116 = arith.addi %v56, %v114 : i64
          %v117 = arith.minsi %v116, %v57 : i64
          %v120 = arith.muli %v39, %v119 : i64
          %v121 = arith.muli %v117, %v118 : i64
          %v122 = arith.addi %v120, %v121 : i64
          %v123 = arith.muli %v37, %v2 : i64
          %v124 = arith.addi %v122, %v123 : i64
          %v125 = llvm.getelementptr %in_ig[%v124] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v126 = llvm.load %v125 : !llvm.ptr -> f32
          %v127 = arith.muli %v115, %v82 : i64
          %v128 = arith.addi %v127, %v114 : i64
          %v129 = llvm.getelementptr %v46[%v128] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v126, %v129 : f32, !llvm.ptr
        }
        %v130 = arith.index_cast %v16 : i64 to index
        %v131 = arith.index_cast %v51 : i64 to index
        %v132 = arith.index_cast %v12 : i64 to index
        scf.for %v133 = %v130 to %v131 step %v132 {
          %v134 = arith.index_cast %v133 : index to i64
          %v135 = arith.remui %v134, %v51 : i64
          %v136 = arith.divui %v134, %v51 : i64
          %v137 = arith.addi %v56, %v135 : i64
          %v138 = arith.minsi %v137, %v57 : i64
          %v139 = arith.muli %v39, %v119 : i64
          %v140 = arith.muli %v138, %v118 : i64
          %v141 = arith.addi %v139, %v140 : i64
          %v142 = arith.muli %v37, %v2 : i64
          %v143 = arith.addi %v141, %v142 : i64
          %v144 = llvm.getelementptr %in_fg[%v143] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v145 = llvm.load %v144 : !llvm.ptr -> f32
          %v146 = arith.muli %v136, %v82 : i64
          %v147 = arith.addi %v146, %v135 : i64
          %v148 = llvm.getelementptr %v48[%v147] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v145, %v148 : f32, !llvm.ptr
        }
        gpu.barrier
        // save the states at checkpoint steps (when given somewhere to save them)
        %v149 = arith.remui %v56, %v12 : i64
        %v150 = arith.cmpi eq, %v149, %v50 : i64
        %v151 = arith.andi %v150, %v29 : i1
        scf.if %v151 {
          %v152 = arith.divui %v56, %v12 : i64
          %v153 = llvm.mlir.zero : !llvm.ptr
          %v154 = llvm.icmp "ne" %ckpt_C, %v153 : !llvm.ptr
          scf.if %v154 {
            %v159 = arith.muli %v152, %v158 : i64
            %v160 = llvm.load %v6 : !llvm.ptr -> f32
            %v164 = arith.muli %v39, %v163 : i64
            %v165 = arith.muli %v37, %v162 : i64
            %v166 = arith.addi %v164, %v165 : i64
            %v167 = arith.muli %v25, %v161 : i64
            %v168 = arith.addi %v166, %v167 : i64
            %v169 = arith.muli %v35, %v2 : i64
            %v170 = arith.addi %v168, %v169 : i64
            %v171 = arith.addi %v159, %v170 : i64
            %v172 = llvm.getelementptr %ckpt_C[%v171] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v160, %v172 : f32, !llvm.ptr
            %v173 = llvm.load %v7 : !llvm.ptr -> f32
            %v174 = arith.muli %v39, %v163 : i64
            %v175 = arith.muli %v37, %v162 : i64
            %v176 = arith.addi %v174, %v175 : i64
            %v177 = arith.constant 8 : i64
            %v178 = arith.addi %v177, %v25 : i64
            %v179 = arith.muli %v178, %v161 : i64
            %v180 = arith.addi %v176, %v179 : i64
            %v181 = arith.muli %v35, %v2 : i64
            %v182 = arith.addi %v180, %v181 : i64
            %v183 = arith.addi %v159, %v182 : i64
            %v184 = llvm.getelementptr %ckpt_C[%v183] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v173, %v184 : f32, !llvm.ptr
          }
          %v185 = llvm.mlir.zero : !llvm.ptr
          %v186 = llvm.icmp "ne" %ckpt_n, %v185 : !llvm.ptr
          scf.if %v186 {
            %v190 = arith.muli %v152, %v189 : i64
            %v191 = llvm.load %v8 : !llvm.ptr -> f32
            %v194 = arith.muli %v39, %v193 : i64
            %v195 = arith.muli %v37, %v192 : i64
            %v196 = arith.addi %v194, %v195 : i64
            %v197 = arith.muli %v25, %v2 : i64
            %v198 = arith.addi %v196, %v197 : i64
            %v199 = arith.addi %v190, %v198 : i64
            %v200 = llvm.getelementptr %ckpt_n[%v199] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v191, %v200 : f32, !llvm.ptr
            %v201 = llvm.load %v9 : !llvm.ptr -> f32
            %v202 = arith.muli %v39, %v193 : i64
            %v203 = arith.muli %v37, %v192 : i64
            %v204 = arith.addi %v202, %v203 : i64
            %v205 = arith.constant 8 : i64
            %v206 = arith.addi %v205, %v25 : i64
            %v207 = arith.muli %v206, %v2 : i64
            %v208 = arith.addi %v204, %v207 : i64
            %v209 = arith.addi %v190, %v208 : i64
            %v210 = llvm.getelementptr %ckpt_n[%v209] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v201, %v210 : f32, !llvm.ptr
          }
        }
        // end save
        %v211 = arith.subi %size_L, %v56 : i64
        %v212 = arith.minsi %v211, %v51 : i64
        %v213 = arith.divui %v212, %v1 : i64
        %v214 = arith.index_cast %v50 : i64 to index
        %v215 = arith.index_cast %v213 : i64 to index
        %v216 = arith.index_cast %v2 : i64 to index
        scf.for %v217 = %v214 to %v215 step %v216 {
          %v218 = arith.index_cast %v217 : index to i64
          %v219 = arith.muli %v218, %v1 : i64
          %v220 = arith.addi %v219, %v50 : i64
          %v221 = arith.addi %v219, %v2 : i64
          %v223 = arith.addi %v219, %v222 : i64
          %v225 = arith.addi %v219, %v224 : i64
          %v227 = arith.addi %v219, %v226 : i64
          %v229 = arith.addi %v219, %v228 : i64
          %v231 = arith.addi %v219, %v230 : i64
          %v233 = arith.addi %v219, %v232 : i64
          %v234 = arith.addi %v219, %v18 : i64
          %v236 = arith.addi %v219, %v235 : i64
          %v238 = arith.addi %v219, %v237 : i64
          %v240 = arith.addi %v219, %v239 : i64
          %v242 = arith.addi %v219, %v241 : i64
          %v244 = arith.addi %v219, %v243 : i64
          %v246 = arith.addi %v219, %v245 : i64
          %v248 = arith.addi %v219, %v247 : i64
          %v249 = arith.addi %v56, %v220 : i64
          %v250 = arith.muli %v25, %v82 : i64
          %v251 = arith.subi %v249, %v56 : i64
          %v252 = arith.addi %v250, %v251 : i64
          %v253 = llvm.getelementptr %v44[%v252] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v254 = llvm.load %v253 : !llvm.ptr -> f32
          %v255 = arith.constant 8 : i64
          %v256 = arith.addi %v255, %v25 : i64
          %v257 = arith.muli %v256, %v82 : i64
          %v258 = arith.subi %v249, %v56 : i64
          %v259 = arith.addi %v257, %v258 : i64
          %v260 = llvm.getelementptr %v44[%v259] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v261 = llvm.load %v260 : !llvm.ptr -> f32
          %v262 = arith.muli %v25, %v82 : i64
          %v263 = arith.subi %v249, %v56 : i64
          %v264 = arith.addi %v262, %v263 : i64
          %v265 = llvm.getelementptr %v42[%v264] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v266 = llvm.load %v265 : !llvm.ptr -> f32
          %v267 = arith.constant 8 : i64
          %v268 = arith.addi %v267, %v25 : i64
          %v269 = arith.muli %v268, %v82 : i64
          %v270 = arith.subi %v249, %v56 : i64
          %v271 = arith.addi %v269, %v270 : i64
          %v272 = llvm.getelementptr %v42[%v271] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v273 = llvm.load %v272 : !llvm.ptr -> f32
          %v274 = arith.addi %v56, %v221 : i64
          %v275 = arith.muli %v25, %v82 : i64
          %v276 = arith.subi %v274, %v56 : i64
          %v277 = arith.addi %v275, %v276 : i64
          %v278 = llvm.getelementptr %v44[%v277] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v279 = llvm.load %v278 : !llvm.ptr -> f32
          %v280 = arith.constant 8 : i64
          %v281 = arith.addi %v280, %v25 : i64
          %v282 = arith.muli %v281, %v82 : i64
          %v283 = arith.subi %v274, %v56 : i64
          %v284 = arith.addi %v282, %v283 : i64
          %v285 = llvm.getelementptr %v44[%v284] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v286 = llvm.load %v285 : !llvm.ptr -> f32
          %v287 = arith.muli %v25, %v82 : i64
          %v288 = arith.subi %v274, %v56 : i64
          %v289 = arith.addi %v287, %v288 : i64
          %v290 = llvm.getelementptr %v42[%v289] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v291 = llvm.load %v290 : !llvm.ptr -> f32
          %v292 = arith.constant 8 : i64
          %v293 = arith.addi %v292, %v25 : i64
          %v294 = arith.muli %v293, %v82 : i64
          %v295 = arith.subi %v274, %v56 : i64
          %v296 = arith.addi %v294, %v295 : i64
          %v297 = llvm.getelementptr %v42[%v296] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v298 = llvm.load %v297 : !llvm.ptr -> f32
          %v299 = arith.addi %v56, %v223 : i64
          %v300 = arith.muli %v25, %v82 : i64
          %v301 = arith.subi %v299, %v56 : i64
          %v302 = arith.addi %v300, %v301 : i64
          %v303 = llvm.getelementptr %v44[%v302] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v304 = llvm.load %v303 : !llvm.ptr -> f32
          %v305 = arith.constant 8 : i64
          %v306 = arith.addi %v305, %v25 : i64
          %v307 = arith.muli %v306, %v82 : i64
          %v308 = arith.subi %v299, %v56 : i64
          %v309 = arith.addi %v307, %v308 : i64
          %v310 = llvm.getelementptr %v44[%v309] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v311 = llvm.load %v310 : !llvm.ptr -> f32
          %v312 = arith.muli %v25, %v82 : i64
          %v313 = arith.subi %v299, %v56 : i64
          %v314 = arith.addi %v312, %v313 : i64
          %v315 = llvm.getelementptr %v42[%v314] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v316 = llvm.load %v315 : !llvm.ptr -> f32
          %v317 = arith.constant 8 : i64
          %v318 = arith.addi %v317, %v25 : i64
          %v319 = arith.muli %v318, %v82 : i64
          %v320 = arith.subi %v299, %v56 : i64
          %v321 = arith.addi %v319, %v320 : i64
          %v322 = llvm.getelementptr %v42[%v321] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v323 = llvm.load %v322 : !llvm.ptr -> f32
          %v324 = arith.addi %v56, %v225 : i64
          %v325 = arith.muli %v25, %v82 : i64
          %v326 = arith.subi %v324, %v56 : i64
          %v327 = arith.addi %v325, %v326 : i64
          %v328 = llvm.getelementptr %v44[%v327] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v329 = llvm.load %v328 : !llvm.ptr -> f32
          %v330 = arith.constant 8 : i64
          %v331 = arith.addi %v330, %v25 : i64
          %v332 = arith.muli %v331, %v82 : i64
          %v333 = arith.subi %v324, %v56 : i64
          %v334 = arith.addi %v332, %v333 : i64
          %v335 = llvm.getelementptr %v44[%v334] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v336 = llvm.load %v335 : !llvm.ptr -> f32
          %v337 = arith.muli %v25, %v82 : i64
          %v338 = arith.subi %v324, %v56 : i64
          %v339 = arith.addi %v337, %v338 : i64
          %v340 = llvm.getelementptr %v42[%v339] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v341 = llvm.load %v340 : !llvm.ptr -> f32
          %v342 = arith.constant 8 : i64
          %v343 = arith.addi %v342, %v25 : i64
          %v344 = arith.muli %v343, %v82 : i64
          %v345 = arith.subi %v324, %v56 : i64
          %v346 = arith.addi %v344, %v345 : i64
          %v347 = llvm.getelementptr %v42[%v346] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v348 = llvm.load %v347 : !llvm.ptr -> f32
          %v349 = arith.addi %v56, %v227 : i64
          %v350 = arith.muli %v25, %v82 : i64
          %v351 = arith.subi %v349, %v56 : i64
          %v352 = arith.addi %v350, %v351 : i64
          %v353 = llvm.getelementptr %v44[%v352] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v354 = llvm.load %v353 : !llvm.ptr -> f32
          %v355 = arith.constant 8 : i64
          %v356 = arith.addi %v355, %v25 : i64
          %v357 = arith.muli %v356, %v82 : i64
          %v358 = arith.subi %v349, %v56 : i64
          %v359 = arith.addi %v357, %v358 : i64
          %v360 = llvm.getelementptr %v44[%v359] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v361 = llvm.load %v360 : !llvm.ptr -> f32
          %v362 = arith.muli %v25, %v82 : i64
          %v363 = arith.subi %v349, %v56 : i64
          %v364 = arith.addi %v362, %v363 : i64
          %v365 = llvm.getelementptr %v42[%v364] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v366 = llvm.load %v365 : !llvm.ptr -> f32
          %v367 = arith.constant 8 : i64
          %v368 = arith.addi %v367, %v25 : i64
          %v369 = arith.muli %v368, %v82 : i64
          %v370 = arith.subi %v349, %v56 : i64
          %v371 = arith.addi %v369, %v370 : i64
          %v372 = llvm.getelementptr %v42[%v371] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v373 = llvm.load %v372 : !llvm.ptr -> f32
          %v374 = arith.addi %v56, %v229 : i64
          %v375 = arith.muli %v25, %v82 : i64
          %v376 = arith.subi %v374, %v56 : i64
          %v377 = arith.addi %v375, %v376 : i64
          %v378 = llvm.getelementptr %v44[%v377] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v379 = llvm.load %v378 : !llvm.ptr -> f32
          %v380 = arith.constant 8 : i64
          %v381 = arith.addi %v380, %v25 : i64
          %v382 = arith.muli %v381, %v82 : i64
          %v383 = arith.subi %v374, %v56 : i64
          %v384 = arith.addi %v382, %v383 : i64
          %v385 = llvm.getelementptr %v44[%v384] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v386 = llvm.load %v385 : !llvm.ptr -> f32
          %v387 = arith.muli %v25, %v82 : i64
          %v388 = arith.subi %v374, %v56 : i64
          %v389 = arith.addi %v387, %v388 : i64
          %v390 = llvm.getelementptr %v42[%v389] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v391 = llvm.load %v390 : !llvm.ptr -> f32
          %v392 = arith.constant 8 : i64
          %v393 = arith.addi %v392, %v25 : i64
          %v394 = arith.muli %v393, %v82 : i64
          %v395 = arith.subi %v374, %v56 : i64
          %v396 = arith.addi %v394, %v395 : i64
          %v397 = llvm.getelementptr %v42[%v396] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v398 = llvm.load %v397 : !llvm.ptr -> f32
          %v399 = arith.addi %v56, %v231 : i64
          %v400 = arith.muli %v25, %v82 : i64
          %v401 = arith.subi %v399, %v56 : i64
          %v402 = arith.addi %v400, %v401 : i64
          %v403 = llvm.getelementptr %v44[%v402] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v404 = llvm.load %v403 : !llvm.ptr -> f32
          %v405 = arith.constant 8 : i64
          %v406 = arith.addi %v405, %v25 : i64
          %v407 = arith.muli %v406, %v82 : i64
          %v408 = arith.subi %v399, %v56 : i64
          %v409 = arith.addi %v407, %v408 : i64
          %v410 = llvm.getelementptr %v44[%v409] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v411 = llvm.load %v410 : !llvm.ptr -> f32
          %v412 = arith.muli %v25, %v82 : i64
          %v413 = arith.subi %v399, %v56 : i64
          %v414 = arith.addi %v412, %v413 : i64
          %v415 = llvm.getelementptr %v42[%v414] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v416 = llvm.load %v415 : !llvm.ptr -> f32
          %v417 = arith.constant 8 : i64
          %v418 = arith.addi %v417, %v25 : i64
          %v419 = arith.muli %v418, %v82 : i64
          %v420 = arith.subi %v399, %v56 : i64
          %v421 = arith.addi %v419, %v420 : i64
          %v422 = llvm.getelementptr %v42[%v421] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v423 = llvm.load %v422 : !llvm.ptr -> f32
          %v424 = arith.addi %v56, %v233 : i64
          %v425 = arith.muli %v25, %v82 : i64
          %v426 = arith.subi %v424, %v56 : i64
          %v427 = arith.addi %v425, %v426 : i64
          %v428 = llvm.getelementptr %v44[%v427] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v429 = llvm.load %v428 : !llvm.ptr -> f32
          %v430 = arith.constant 8 : i64
          %v431 = arith.addi %v430, %v25 : i64
          %v432 = arith.muli %v431, %v82 : i64
          %v433 = arith.subi %v424, %v56 : i64
          %v434 = arith.addi %v432, %v433 : i64
          %v435 = llvm.getelementptr %v44[%v434] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v436 = llvm.load %v435 : !llvm.ptr -> f32
          %v437 = arith.muli %v25, %v82 : i64
          %v438 = arith.subi %v424, %v56 : i64
          %v439 = arith.addi %v437, %v438 : i64
          %v440 = llvm.getelementptr %v42[%v439] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v441 = llvm.load %v440 : !llvm.ptr -> f32
          %v442 = arith.constant 8 : i64
          %v443 = arith.addi %v442, %v25 : i64
          %v444 = arith.muli %v443, %v82 : i64
          %v445 = arith.subi %v424, %v56 : i64
          %v446 = arith.addi %v444, %v445 : i64
          %v447 = llvm.getelementptr %v42[%v446] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v448 = llvm.load %v447 : !llvm.ptr -> f32
          %v449 = arith.addi %v56, %v234 : i64
          %v450 = arith.muli %v25, %v82 : i64
          %v451 = arith.subi %v449, %v56 : i64
          %v452 = arith.addi %v450, %v451 : i64
          %v453 = llvm.getelementptr %v44[%v452] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v454 = llvm.load %v453 : !llvm.ptr -> f32
          %v455 = arith.constant 8 : i64
          %v456 = arith.addi %v455, %v25 : i64
          %v457 = arith.muli %v456, %v82 : i64
          %v458 = arith.subi %v449, %v56 : i64
          %v459 = arith.addi %v457, %v458 : i64
          %v460 = llvm.getelementptr %v44[%v459] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v461 = llvm.load %v460 : !llvm.ptr -> f32
          %v462 = arith.muli %v25, %v82 : i64
          %v463 = arith.subi %v449, %v56 : i64
          %v464 = arith.addi %v462, %v463 : i64
          %v465 = llvm.getelementptr %v42[%v464] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v466 = llvm.load %v465 : !llvm.ptr -> f32
          %v467 = arith.constant 8 : i64
          %v468 = arith.addi %v467, %v25 : i64
          %v469 = arith.muli %v468, %v82 : i64
          %v470 = arith.subi %v449, %v56 : i64
          %v471 = arith.addi %v469, %v470 : i64
          %v472 = llvm.getelementptr %v42[%v471] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v473 = llvm.load %v472 : !llvm.ptr -> f32
          %v474 = arith.addi %v56, %v236 : i64
          %v475 = arith.muli %v25, %v82 : i64
          %v476 = arith.subi %v474, %v56 : i64
          %v477 = arith.addi %v475, %v476 : i64
          %v478 = llvm.getelementptr %v44[%v477] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v479 = llvm.load %v478 : !llvm.ptr -> f32
          %v480 = arith.constant 8 : i64
          %v481 = arith.addi %v480, %v25 : i64
          %v482 = arith.muli %v481, %v82 : i64
          %v483 = arith.subi %v474, %v56 : i64
          %v484 = arith.addi %v482, %v483 : i64
          %v485 = llvm.getelementptr %v44[%v484] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v486 = llvm.load %v485 : !llvm.ptr -> f32
          %v487 = arith.muli %v25, %v82 : i64
          %v488 = arith.subi %v474, %v56 : i64
          %v489 = arith.addi %v487, %v488 : i64
          %v490 = llvm.getelementptr %v42[%v489] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v491 = llvm.load %v490 : !llvm.ptr -> f32
          %v492 = arith.constant 8 : i64
          %v493 = arith.addi %v492, %v25 : i64
          %v494 = arith.muli %v493, %v82 : i64
          %v495 = arith.subi %v474, %v56 : i64
          %v496 = arith.addi %v494, %v495 : i64
          %v497 = llvm.getelementptr %v42[%v496] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v498 = llvm.load %v497 : !llvm.ptr -> f32
          %v499 = arith.addi %v56, %v238 : i64
          %v500 = arith.muli %v25, %v82 : i64
          %v501 = arith.subi %v499, %v56 : i64
          %v502 = arith.addi %v500, %v501 : i64
          %v503 = llvm.getelementptr %v44[%v502] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v504 = llvm.load %v503 : !llvm.ptr -> f32
          %v505 = arith.constant 8 : i64
          %v506 = arith.addi %v505, %v25 : i64
          %v507 = arith.muli %v506, %v82 : i64
          %v508 = arith.subi %v499, %v56 : i64
          %v509 = arith.addi %v507, %v508 : i64
          %v510 = llvm.getelementptr %v44[%v509] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v511 = llvm.load %v510 : !llvm.ptr -> f32
          %v512 = arith.muli %v25, %v82 : i64
          %v513 = arith.subi %v499, %v56 : i64
          %v514 = arith.addi %v512, %v513 : i64
          %v515 = llvm.getelementptr %v42[%v514] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v516 = llvm.load %v515 : !llvm.ptr -> f32
          %v517 = arith.constant 8 : i64
          %v518 = arith.addi %v517, %v25 : i64
          %v519 = arith.muli %v518, %v82 : i64
          %v520 = arith.subi %v499, %v56 : i64
          %v521 = arith.addi %v519, %v520 : i64
          %v522 = llvm.getelementptr %v42[%v521] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v523 = llvm.load %v522 : !llvm.ptr -> f32
          %v524 = arith.addi %v56, %v240 : i64
          %v525 = arith.muli %v25, %v82 : i64
          %v526 = arith.subi %v524, %v56 : i64
          %v527 = arith.addi %v525, %v526 : i64
          %v528 = llvm.getelementptr %v44[%v527] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v529 = llvm.load %v528 : !llvm.ptr -> f32
          %v530 = arith.constant 8 : i64
          %v531 = arith.addi %v530, %v25 : i64
          %v532 = arith.muli %v531, %v82 : i64
          %v533 = arith.subi %v524, %v56 : i64
          %v534 = arith.addi %v532, %v533 : i64
          %v535 = llvm.getelementptr %v44[%v534] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v536 = llvm.load %v535 : !llvm.ptr -> f32
          %v537 = arith.muli %v25, %v82 : i64
          %v538 = arith.subi %v524, %v56 : i64
          %v539 = arith.addi %v537, %v538 : i64
          %v540 = llvm.getelementptr %v42[%v539] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v541 = llvm.load %v540 : !llvm.ptr -> f32
          %v542 = arith.constant 8 : i64
          %v543 = arith.addi %v542, %v25 : i64
          %v544 = arith.muli %v543, %v82 : i64
          %v545 = arith.subi %v524, %v56 : i64
          %v546 = arith.addi %v544, %v545 : i64
          %v547 = llvm.getelementptr %v42[%v546] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v548 = llvm.load %v547 : !llvm.ptr -> f32
          %v549 = arith.addi %v56, %v242 : i64
          %v550 = arith.muli %v25, %v82 : i64
          %v551 = arith.subi %v549, %v56 : i64
          %v552 = arith.addi %v550, %v551 : i64
          %v553 = llvm.getelementptr %v44[%v552] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v554 = llvm.load %v553 : !llvm.ptr -> f32
          %v555 = arith.constant 8 : i64
          %v556 = arith.addi %v555, %v25 : i64
          %v557 = arith.muli %v556, %v82 : i64
          %v558 = arith.subi %v549, %v56 : i64
          %v559 = arith.addi %v557, %v558 : i64
          %v560 = llvm.getelementptr %v44[%v559] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v561 = llvm.load %v560 : !llvm.ptr -> f32
          %v562 = arith.muli %v25, %v82 : i64
          %v563 = arith.subi %v549, %v56 : i64
          %v564 = arith.addi %v562, %v563 : i64
          %v565 = llvm.getelementptr %v42[%v564] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v566 = llvm.load %v565 : !llvm.ptr -> f32
          %v567 = arith.constant 8 : i64
          %v568 = arith.addi %v567, %v25 : i64
          %v569 = arith.muli %v568, %v82 : i64
          %v570 = arith.subi %v549, %v56 : i64
          %v571 = arith.addi %v569, %v570 : i64
          %v572 = llvm.getelementptr %v42[%v571] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v573 = llvm.load %v572 : !llvm.ptr -> f32
          %v574 = arith.addi %v56, %v244 : i64
          %v575 = arith.muli %v25, %v82 : i64
          %v576 = arith.subi %v574, %v56 : i64
          %v577 = arith.addi %v575, %v576 : i64
          %v578 = llvm.getelementptr %v44[%v577] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v579 = llvm.load %v578 : !llvm.ptr -> f32
          %v580 = arith.constant 8 : i64
          %v581 = arith.addi %v580, %v25 : i64
          %v582 = arith.muli %v581, %v82 : i64
          %v583 = arith.subi %v574, %v56 : i64
          %v584 = arith.addi %v582, %v583 : i64
          %v585 = llvm.getelementptr %v44[%v584] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v586 = llvm.load %v585 : !llvm.ptr -> f32
          %v587 = arith.muli %v25, %v82 : i64
          %v588 = arith.subi %v574, %v56 : i64
          %v589 = arith.addi %v587, %v588 : i64
          %v590 = llvm.getelementptr %v42[%v589] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v591 = llvm.load %v590 : !llvm.ptr -> f32
          %v592 = arith.constant 8 : i64
          %v593 = arith.addi %v592, %v25 : i64
          %v594 = arith.muli %v593, %v82 : i64
          %v595 = arith.subi %v574, %v56 : i64
          %v596 = arith.addi %v594, %v595 : i64
          %v597 = llvm.getelementptr %v42[%v596] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v598 = llvm.load %v597 : !llvm.ptr -> f32
          %v599 = arith.addi %v56, %v246 : i64
          %v600 = arith.muli %v25, %v82 : i64
          %v601 = arith.subi %v599, %v56 : i64
          %v602 = arith.addi %v600, %v601 : i64
          %v603 = llvm.getelementptr %v44[%v602] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v604 = llvm.load %v603 : !llvm.ptr -> f32
          %v605 = arith.constant 8 : i64
          %v606 = arith.addi %v605, %v25 : i64
          %v607 = arith.muli %v606, %v82 : i64
          %v608 = arith.subi %v599, %v56 : i64
          %v609 = arith.addi %v607, %v608 : i64
          %v610 = llvm.getelementptr %v44[%v609] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v611 = llvm.load %v610 : !llvm.ptr -> f32
          %v612 = arith.muli %v25, %v82 : i64
          %v613 = arith.subi %v599, %v56 : i64
          %v614 = arith.addi %v612, %v613 : i64
          %v615 = llvm.getelementptr %v42[%v614] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v616 = llvm.load %v615 : !llvm.ptr -> f32
          %v617 = arith.constant 8 : i64
          %v618 = arith.addi %v617, %v25 : i64
          %v619 = arith.muli %v618, %v82 : i64
          %v620 = arith.subi %v599, %v56 : i64
          %v621 = arith.addi %v619, %v620 : i64
          %v622 = llvm.getelementptr %v42[%v621] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v623 = llvm.load %v622 : !llvm.ptr -> f32
          %v624 = arith.addi %v56, %v248 : i64
          %v625 = arith.muli %v25, %v82 : i64
          %v626 = arith.subi %v624, %v56 : i64
          %v627 = arith.addi %v625, %v626 : i64
          %v628 = llvm.getelementptr %v44[%v627] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v629 = llvm.load %v628 : !llvm.ptr -> f32
          %v630 = arith.constant 8 : i64
          %v631 = arith.addi %v630, %v25 : i64
          %v632 = arith.muli %v631, %v82 : i64
          %v633 = arith.subi %v624, %v56 : i64
          %v634 = arith.addi %v632, %v633 : i64
          %v635 = llvm.getelementptr %v44[%v634] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v636 = llvm.load %v635 : !llvm.ptr -> f32
          %v637 = arith.muli %v25, %v82 : i64
          %v638 = arith.subi %v624, %v56 : i64
          %v639 = arith.addi %v637, %v638 : i64
          %v640 = llvm.getelementptr %v42[%v639] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v641 = llvm.load %v640 : !llvm.ptr -> f32
          %v642 = arith.constant 8 : i64
          %v643 = arith.addi %v642, %v25 : i64
          %v644 = arith.muli %v643, %v82 : i64
          %v645 = arith.subi %v624, %v56 : i64
          %v646 = arith.addi %v644, %v645 : i64
          %v647 = llvm.getelementptr %v42[%v646] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v648 = llvm.load %v647 : !llvm.ptr -> f32
          %v649 = arith.addi %v219, %v50 : i64
          %v650 = arith.addi %v649, %v25 : i64
          %v651 = arith.addi %v56, %v650 : i64
          %v652 = arith.muli %v50, %v82 : i64
          %v653 = arith.subi %v651, %v56 : i64
          %v654 = arith.addi %v652, %v653 : i64
          %v655 = llvm.getelementptr %v48[%v654] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v656 = llvm.load %v655 : !llvm.ptr -> f32
          %v658 = arith.negf %v656 : f32
          %v660 = arith.mulf %v658, %v659 fastmath<contract> : f32
          %v661 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v660) : (f32) -> f32
          %v662 = arith.addf %v657, %v661 fastmath<contract> : f32
          %v663 = arith.divf %v657, %v662 : f32
          %v664 = arith.muli %v50, %v82 : i64
          %v665 = arith.subi %v651, %v56 : i64
          %v666 = arith.addi %v664, %v665 : i64
          %v667 = llvm.getelementptr %v46[%v666] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v668 = llvm.load %v667 : !llvm.ptr -> f32
          %v669 = arith.mulf %v668, %v659 fastmath<contract> : f32
          %v670 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v669) : (f32) -> f32
          %v674 = arith.muli %v39, %v673 : i64
          %v675 = arith.muli %v651, %v672 : i64
          %v676 = arith.addi %v674, %v675 : i64
          %v677 = arith.muli %v37, %v671 : i64
          %v678 = arith.addi %v676, %v677 : i64
          %v679 = arith.muli %v35, %v2 : i64
          %v680 = arith.addi %v678, %v679 : i64
          %v681 = llvm.getelementptr %in_v[%v680] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v682 = llvm.load %v681 : !llvm.ptr -> f32
          %v683 = arith.addi %v219, %v18 : i64
          %v684 = arith.addi %v683, %v25 : i64
          %v685 = arith.addi %v56, %v684 : i64
          %v686 = arith.muli %v50, %v82 : i64
          %v687 = arith.subi %v685, %v56 : i64
          %v688 = arith.addi %v686, %v687 : i64
          %v689 = llvm.getelementptr %v48[%v688] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v690 = llvm.load %v689 : !llvm.ptr -> f32
          %v691 = arith.negf %v690 : f32
          %v692 = arith.mulf %v691, %v659 fastmath<contract> : f32
          %v693 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v692) : (f32) -> f32
          %v694 = arith.addf %v657, %v693 fastmath<contract> : f32
          %v695 = arith.divf %v657, %v694 : f32
          %v696 = arith.muli %v50, %v82 : i64
          %v697 = arith.subi %v685, %v56 : i64
          %v698 = arith.addi %v696, %v697 : i64
          %v699 = llvm.getelementptr %v46[%v698] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v700 = llvm.load %v699 : !llvm.ptr -> f32
          %v701 = arith.mulf %v700, %v659 fastmath<contract> : f32
          %v702 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v701) : (f32) -> f32
          %v703 = arith.muli %v39, %v673 : i64
          %v704 = arith.muli %v685, %v672 : i64
          %v705 = arith.addi %v703, %v704 : i64
          %v706 = arith.muli %v37, %v671 : i64
          %v707 = arith.addi %v705, %v706 : i64
          %v708 = arith.muli %v35, %v2 : i64
          %v709 = arith.addi %v707, %v708 : i64
          %v710 = llvm.getelementptr %in_v[%v709] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v711 = llvm.load %v710 : !llvm.ptr -> f32
          %v748 = arith.addi %v56, %v220 : i64
          %v749, %v750 = gpu.shuffle idx %v663, %v716, %v747 : f32
          %v751, %v752 = gpu.shuffle idx %v670, %v716, %v747 : f32
          %v753, %v754 = gpu.shuffle idx %v682, %v716, %v747 : f32
          %v757 = arith.divf %v254, %v756 : f32
          %v758 = arith.mulf %v751, %v757 fastmath<contract> : f32
          %v759 = arith.mulf %v758, %v753 fastmath<contract> : f32
          %v760 = llvm.load %v6 : !llvm.ptr -> f32
          %v761 = arith.mulf %v749, %v760 fastmath<contract> : f32
          %v762 = arith.addf %v761, %v759 fastmath<contract> : f32
          %v763 = arith.divf %v261, %v756 : f32
          %v764 = arith.mulf %v751, %v763 fastmath<contract> : f32
          %v765 = arith.mulf %v764, %v753 fastmath<contract> : f32
          %v766 = llvm.load %v7 : !llvm.ptr -> f32
          %v767 = arith.mulf %v749, %v766 fastmath<contract> : f32
          %v768 = arith.addf %v767, %v765 fastmath<contract> : f32
          %v769 = llvm.load %v8 : !llvm.ptr -> f32
          %v770 = arith.mulf %v749, %v769 fastmath<contract> : f32
          %v771 = arith.addf %v770, %v758 fastmath<contract> : f32
          %v772 = llvm.load %v9 : !llvm.ptr -> f32
          %v773 = arith.mulf %v749, %v772 fastmath<contract> : f32
          %v774 = arith.addf %v773, %v764 fastmath<contract> : f32
          llvm.store %v762, %v6 : f32, !llvm.ptr
          llvm.store %v768, %v7 : f32, !llvm.ptr
          llvm.store %v771, %v8 : f32, !llvm.ptr
          llvm.store %v774, %v9 : f32, !llvm.ptr
          %v775 = llvm.load %v6 : !llvm.ptr -> f32
          %v776 = arith.mulf %v266, %v775 fastmath<contract> : f32
          %v777 = llvm.load %v7 : !llvm.ptr -> f32
          %v778 = arith.mulf %v273, %v777 fastmath<contract> : f32
          %v779 = arith.addf %v776, %v778 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v782, %v783 = gpu.shuffle xor %v779, %v780, %v781 : f32
          %v784 = arith.addf %v779, %v782 fastmath<contract> : f32
          %v786, %v787 = gpu.shuffle xor %v784, %v785, %v781 : f32
          %v788 = arith.addf %v784, %v786 fastmath<contract> : f32
          %v790, %v791 = gpu.shuffle xor %v788, %v789, %v781 : f32
          %v792 = arith.addf %v788, %v790 fastmath<contract> : f32
          // end sum over the lanes
          %v793 = llvm.load %v8 : !llvm.ptr -> f32
          %v794 = arith.mulf %v266, %v793 fastmath<contract> : f32
          %v795 = llvm.load %v9 : !llvm.ptr -> f32
          %v796 = arith.mulf %v273, %v795 fastmath<contract> : f32
          %v797 = arith.addf %v794, %v796 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v798, %v799 = gpu.shuffle xor %v797, %v780, %v781 : f32
          %v800 = arith.addf %v797, %v798 fastmath<contract> : f32
          %v801, %v802 = gpu.shuffle xor %v800, %v785, %v781 : f32
          %v803 = arith.addf %v800, %v801 fastmath<contract> : f32
          %v804, %v805 = gpu.shuffle xor %v803, %v789, %v781 : f32
          %v806 = arith.addf %v803, %v804 fastmath<contract> : f32
          // end sum over the lanes
          %v807 = arith.addi %v56, %v221 : i64
          %v808, %v809 = gpu.shuffle idx %v663, %v720, %v747 : f32
          %v810, %v811 = gpu.shuffle idx %v670, %v720, %v747 : f32
          %v812, %v813 = gpu.shuffle idx %v682, %v720, %v747 : f32
          %v814 = arith.divf %v279, %v756 : f32
          %v815 = arith.mulf %v810, %v814 fastmath<contract> : f32
          %v816 = arith.mulf %v815, %v812 fastmath<contract> : f32
          %v817 = llvm.load %v6 : !llvm.ptr -> f32
          %v818 = arith.mulf %v808, %v817 fastmath<contract> : f32
          %v819 = arith.addf %v818, %v816 fastmath<contract> : f32
          %v820 = arith.divf %v286, %v756 : f32
          %v821 = arith.mulf %v810, %v820 fastmath<contract> : f32
          %v822 = arith.mulf %v821, %v812 fastmath<contract> : f32
          %v823 = llvm.load %v7 : !llvm.ptr -> f32
          %v824 = arith.mulf %v808, %v823 fastmath<contract> : f32
          %v825 = arith.addf %v824, %v822 fastmath<contract> : f32
          %v826 = llvm.load %v8 : !llvm.ptr -> f32
          %v827 = arith.mulf %v808, %v826 fastmath<contract> : f32
          %v828 = arith.addf %v827, %v815 fastmath<contract> : f32
          %v829 = llvm.load %v9 : !llvm.ptr -> f32
          %v830 = arith.mulf %v808, %v829 fastmath<contract> : f32
          %v831 = arith.addf %v830, %v821 fastmath<contract> : f32
          llvm.store %v819, %v6 : f32, !llvm.ptr
          llvm.store %v825, %v7 : f32, !llvm.ptr
          llvm.store %v828, %v8 : f32, !llvm.ptr
          llvm.store %v831, %v9 : f32, !llvm.ptr
          %v832 = llvm.load %v6 : !llvm.ptr -> f32
          %v833 = arith.mulf %v291, %v832 fastmath<contract> : f32
          %v834 = llvm.load %v7 : !llvm.ptr -> f32
          %v835 = arith.mulf %v298, %v834 fastmath<contract> : f32
          %v836 = arith.addf %v833, %v835 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v837, %v838 = gpu.shuffle xor %v836, %v780, %v781 : f32
          %v839 = arith.addf %v836, %v837 fastmath<contract> : f32
          %v840, %v841 = gpu.shuffle xor %v839, %v785, %v781 : f32
          %v842 = arith.addf %v839, %v840 fastmath<contract> : f32
          %v843, %v844 = gpu.shuffle xor %v842, %v789, %v781 : f32
          %v845 = arith.addf %v842, %v843 fastmath<contract> : f32
          // end sum over the lanes
          %v846 = llvm.load %v8 : !llvm.ptr -> f32
          %v847 = arith.mulf %v291, %v846 fastmath<contract> : f32
          %v848 = llvm.load %v9 : !llvm.ptr -> f32
          %v849 = arith.mulf %v298, %v848 fastmath<contract> : f32
          %v850 = arith.addf %v847, %v849 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v851, %v852 = gpu.shuffle xor %v850, %v780, %v781 : f32
          %v853 = arith.addf %v850, %v851 fastmath<contract> : f32
          %v854, %v855 = gpu.shuffle xor %v853, %v785, %v781 : f32
          %v856 = arith.addf %v853, %v854 fastmath<contract> : f32
          %v857, %v858 = gpu.shuffle xor %v856, %v789, %v781 : f32
          %v859 = arith.addf %v856, %v857 fastmath<contract> : f32
          // end sum over the lanes
          %v860 = arith.addi %v56, %v223 : i64
          %v861, %v862 = gpu.shuffle idx %v663, %v724, %v747 : f32
          %v863, %v864 = gpu.shuffle idx %v670, %v724, %v747 : f32
          %v865, %v866 = gpu.shuffle idx %v682, %v724, %v747 : f32
          %v867 = arith.divf %v304, %v756 : f32
          %v868 = arith.mulf %v863, %v867 fastmath<contract> : f32
          %v869 = arith.mulf %v868, %v865 fastmath<contract> : f32
          %v870 = llvm.load %v6 : !llvm.ptr -> f32
          %v871 = arith.mulf %v861, %v870 fastmath<contract> : f32
          %v872 = arith.addf %v871, %v869 fastmath<contract> : f32
          %v873 = arith.divf %v311, %v756 : f32
          %v874 = arith.mulf %v863, %v873 fastmath<contract> : f32
          %v875 = arith.mulf %v874, %v865 fastmath<contract> : f32
          %v876 = llvm.load %v7 : !llvm.ptr -> f32
          %v877 = arith.mulf %v861, %v876 fastmath<contract> : f32
          %v878 = arith.addf %v877, %v875 fastmath<contract> : f32
          %v879 = llvm.load %v8 : !llvm.ptr -> f32
          %v880 = arith.mulf %v861, %v879 fastmath<contract> : f32
          %v881 = arith.addf %v880, %v868 fastmath<contract> : f32
          %v882 = llvm.load %v9 : !llvm.ptr -> f32
          %v883 = arith.mulf %v861, %v882 fastmath<contract> : f32
          %v884 = arith.addf %v883, %v874 fastmath<contract> : f32
          llvm.store %v872, %v6 : f32, !llvm.ptr
          llvm.store %v878, %v7 : f32, !llvm.ptr
          llvm.store %v881, %v8 : f32, !llvm.ptr
          llvm.store %v884, %v9 : f32, !llvm.ptr
          %v885 = llvm.load %v6 : !llvm.ptr -> f32
          %v886 = arith.mulf %v316, %v885 fastmath<contract> : f32
          %v887 = llvm.load %v7 : !llvm.ptr -> f32
          %v888 = arith.mulf %v323, %v887 fastmath<contract> : f32
          %v889 = arith.addf %v886, %v888 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v890, %v891 = gpu.shuffle xor %v889, %v780, %v781 : f32
          %v892 = arith.addf %v889, %v890 fastmath<contract> : f32
          %v893, %v894 = gpu.shuffle xor %v892, %v785, %v781 : f32
          %v895 = arith.addf %v892, %v893 fastmath<contract> : f32
          %v896, %v897 = gpu.shuffle xor %v895, %v789, %v781 : f32
          %v898 = arith.addf %v895, %v896 fastmath<contract> : f32
          // end sum over the lanes
          %v899 = llvm.load %v8 : !llvm.ptr -> f32
          %v900 = arith.mulf %v316, %v899 fastmath<contract> : f32
          %v901 = llvm.load %v9 : !llvm.ptr -> f32
          %v902 = arith.mulf %v323, %v901 fastmath<contract> : f32
          %v903 = arith.addf %v900, %v902 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v904, %v905 = gpu.shuffle xor %v903, %v780, %v781 : f32
          %v906 = arith.addf %v903, %v904 fastmath<contract> : f32
          %v907, %v908 = gpu.shuffle xor %v906, %v785, %v781 : f32
          %v909 = arith.addf %v906, %v907 fastmath<contract> : f32
          %v910, %v911 = gpu.shuffle xor %v909, %v789, %v781 : f32
          %v912 = arith.addf %v909, %v910 fastmath<contract> : f32
          // end sum over the lanes
          %v913 = arith.addi %v56, %v225 : i64
          %v914, %v915 = gpu.shuffle idx %v663, %v728, %v747 : f32
          %v916, %v917 = gpu.shuffle idx %v670, %v728, %v747 : f32
          %v918, %v919 = gpu.shuffle idx %v682, %v728, %v747 : f32
          %v920 = arith.divf %v329, %v756 : f32
          %v921 = arith.mulf %v916, %v920 fastmath<contract> : f32
          %v922 = arith.mulf %v921, %v918 fastmath<contract> : f32
          %v923 = llvm.load %v6 : !llvm.ptr -> f32
          %v924 = arith.mulf %v914, %v923 fastmath<contract> : f32
          %v925 = arith.addf %v924, %v922 fastmath<contract> : f32
          %v926 = arith.divf %v336, %v756 : f32
          %v927 = arith.mulf %v916, %v926 fastmath<contract> : f32
          %v928 = arith.mulf %v927, %v918 fastmath<contract> : f32
          %v929 = llvm.load %v7 : !llvm.ptr -> f32
          %v930 = arith.mulf %v914, %v929 fastmath<contract> : f32
          %v931 = arith.addf %v930, %v928 fastmath<contract> : f32
          %v932 = llvm.load %v8 : !llvm.ptr -> f32
          %v933 = arith.mulf %v914, %v932 fastmath<contract> : f32
          %v934 = arith.addf %v933, %v921 fastmath<contract> : f32
          %v935 = llvm.load %v9 : !llvm.ptr -> f32
          %v936 = arith.mulf %v914, %v935 fastmath<contract> : f32
          %v937 = arith.addf %v936, %v927 fastmath<contract> : f32
          llvm.store %v925, %v6 : f32, !llvm.ptr
          llvm.store %v931, %v7 : f32, !llvm.ptr
          llvm.store %v934, %v8 : f32, !llvm.ptr
          llvm.store %v937, %v9 : f32, !llvm.ptr
          %v938 = llvm.load %v6 : !llvm.ptr -> f32
          %v939 = arith.mulf %v341, %v938 fastmath<contract> : f32
          %v940 = llvm.load %v7 : !llvm.ptr -> f32
          %v941 = arith.mulf %v348, %v940 fastmath<contract> : f32
          %v942 = arith.addf %v939, %v941 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v943, %v944 = gpu.shuffle xor %v942, %v780, %v781 : f32
          %v945 = arith.addf %v942, %v943 fastmath<contract> : f32
          %v946, %v947 = gpu.shuffle xor %v945, %v785, %v781 : f32
          %v948 = arith.addf %v945, %v946 fastmath<contract> : f32
          %v949, %v950 = gpu.shuffle xor %v948, %v789, %v781 : f32
          %v951 = arith.addf %v948, %v949 fastmath<contract> : f32
          // end sum over the lanes
          %v952 = llvm.load %v8 : !llvm.ptr -> f32
          %v953 = arith.mulf %v341, %v952 fastmath<contract> : f32
          %v954 = llvm.load %v9 : !llvm.ptr -> f32
          %v955 = arith.mulf %v348, %v954 fastmath<contract> : f32
          %v956 = arith.addf %v953, %v955 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v957, %v958 = gpu.shuffle xor %v956, %v780, %v781 : f32
          %v959 = arith.addf %v956, %v957 fastmath<contract> : f32
          %v960, %v961 = gpu.shuffle xor %v959, %v785, %v781 : f32
          %v962 = arith.addf %v959, %v960 fastmath<contract> : f32
          %v963, %v964 = gpu.shuffle xor %v962, %v789, %v781 : f32
          %v965 = arith.addf %v962, %v963 fastmath<contract> : f32
          // end sum over the lanes
          %v966 = arith.addi %v56, %v227 : i64
          %v967, %v968 = gpu.shuffle idx %v663, %v732, %v747 : f32
          %v969, %v970 = gpu.shuffle idx %v670, %v732, %v747 : f32
          %v971, %v972 = gpu.shuffle idx %v682, %v732, %v747 : f32
          %v973 = arith.divf %v354, %v756 : f32
          %v974 = arith.mulf %v969, %v973 fastmath<contract> : f32
          %v975 = arith.mulf %v974, %v971 fastmath<contract> : f32
          %v976 = llvm.load %v6 : !llvm.ptr -> f32
          %v977 = arith.mulf %v967, %v976 fastmath<contract> : f32
          %v978 = arith.addf %v977, %v975 fastmath<contract> : f32
          %v979 = arith.divf %v361, %v756 : f32
          %v980 = arith.mulf %v969, %v979 fastmath<contract> : f32
          %v981 = arith.mulf %v980, %v971 fastmath<contract> : f32
          %v982 = llvm.load %v7 : !llvm.ptr -> f32
          %v983 = arith.mulf %v967, %v982 fastmath<contract> : f32
          %v984 = arith.addf %v983, %v981 fastmath<contract> : f32
          %v985 = llvm.load %v8 : !llvm.ptr -> f32
          %v986 = arith.mulf %v967, %v985 fastmath<contract> : f32
          %v987 = arith.addf %v986, %v974 fastmath<contract> : f32
          %v988 = llvm.load %v9 : !llvm.ptr -> f32
          %v989 = arith.mulf %v967, %v988 fastmath<contract> : f32
          %v990 = arith.addf %v989, %v980 fastmath<contract> : f32
          llvm.store %v978, %v6 : f32, !llvm.ptr
          llvm.store %v984, %v7 : f32, !llvm.ptr
          llvm.store %v987, %v8 : f32, !llvm.ptr
          llvm.store %v990, %v9 : f32, !llvm.ptr
          %v991 = llvm.load %v6 : !llvm.ptr -> f32
          %v992 = arith.mulf %v366, %v991 fastmath<contract> : f32
          %v993 = llvm.load %v7 : !llvm.ptr -> f32
          %v994 = arith.mulf %v373, %v993 fastmath<contract> : f32
          %v995 = arith.addf %v992, %v994 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v996, %v997 = gpu.shuffle xor %v995, %v780, %v781 : f32
          %v998 = arith.addf %v995, %v996 fastmath<contract> : f32
          %v999, %v1000 = gpu.shuffle xor %v998, %v785, %v781 : f32
          %v1001 = arith.addf %v998, %v999 fastmath<contract> : f32
          %v1002, %v1003 = gpu.shuffle xor %v1001, %v789, %v781 : f32
          %v1004 = arith.addf %v1001, %v1002 fastmath<contract> : f32
          // end sum over the lanes
          %v1005 = llvm.load %v8 : !llvm.ptr -> f32
          %v1006 = arith.mulf %v366, %v1005 fastmath<contract> : f32
          %v1007 = llvm.load %v9 : !llvm.ptr -> f32
          %v1008 = arith.mulf %v373, %v1007 fastmath<contract> : f32
          %v1009 = arith.addf %v1006, %v1008 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v1010, %v1011 = gpu.shuffle xor %v1009, %v780, %v781 : f32
          %v1012 = arith.addf %v1009, %v1010 fastmath<contract> : f32
          %v1013, %v1014 = gpu.shuffle xor %v1012, %v785, %v781 : f32
          %v1015 = arith.addf %v1012, %v1013 fastmath<contract> : f32
          %v1016, %v1017 = gpu.shuffle xor %v1015, %v789, %v781 : f32
          %v1018 = arith.addf %v1015, %v1016 fastmath<contract> : f32
          // end sum over the lanes
          %v1019 = arith.addi %v56, %v229 : i64
          %v1020, %v1021 = gpu.shuffle idx %v663, %v736, %v747 : f32
          %v1022, %v1023 = gpu.shuffle idx %v670, %v736, %v747 : f32
          %v1024, %v1025 = gpu.shuffle idx %v682, %v736, %v747 : f32
          %v1026 = arith.divf %v379, %v756 : f32
          %v1027 = arith.mulf %v1022, %v1026 fastmath<contract> : f32
          %v1028 = arith.mulf %v1027, %v1024 fastmath<contract> : f32
          %v1029 = llvm.load %v6 : !llvm.ptr -> f32
          %v1030 = arith.mulf %v1020, %v1029 fastmath<contract> : f32
          %v1031 = arith.addf %v1030, %v1028 fastmath<contract> : f32
          %v1032 = arith.divf %v386, %v756 : f32
          %v1033 = arith.mulf %v1022, %v1032 fastmath<contract> : f32
          %v1034 = arith.mulf %v1033, %v1024 fastmath<contract> : f32
          %v1035 = llvm.load %v7 : !llvm.ptr -> f32
          %v1036 = arith.mulf %v1020, %v1035 fastmath<contract> : f32
          %v1037 = arith.addf %v1036, %v1034 fastmath<contract> : f32
          %v1038 = llvm.load %v8 : !llvm.ptr -> f32
          %v1039 = arith.mulf %v1020, %v1038 fastmath<contract> : f32
          %v1040 = arith.addf %v1039, %v1027 fastmath<contract> : f32
          %v1041 = llvm.load %v9 : !llvm.ptr -> f32
          %v1042 = arith.mulf %v1020, %v1041 fastmath<contract> : f32
          %v1043 = arith.addf %v1042, %v1033 fastmath<contract> : f32
          llvm.store %v1031, %v6 : f32, !llvm.ptr
          llvm.store %v1037, %v7 : f32, !llvm.ptr
          llvm.store %v1040, %v8 : f32, !llvm.ptr
          llvm.store %v1043, %v9 : f32, !llvm.ptr
          %v1044 = llvm.load %v6 : !llvm.ptr -> f32
          %v1045 = arith.mulf %v391, %v1044 fastmath<contract> : f32
          %v1046 = llvm.load %v7 : !llvm.ptr -> f32
          %v1047 = arith.mulf %v398, %v1046 fastmath<contract> : f32
          %v1048 = arith.addf %v1045, %v1047 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v1049, %v1050 = gpu.shuffle xor %v1048, %v780, %v781 : f32
          %v1051 = arith.addf %v1048, %v1049 fastmath<contract> : f32
          %v1052, %v1053 = gpu.shuffle xor %v1051, %v785, %v781 : f32
          %v1054 = arith.addf %v1051, %v1052 fastmath<contract> : f32
          %v1055, %v1056 = gpu.shuffle xor %v1054, %v789, %v781 : f32
          %v1057 = arith.addf %v1054, %v1055 fastmath<contract> : f32
          // end sum over the lanes
          %v1058 = llvm.load %v8 : !llvm.ptr -> f32
          %v1059 = arith.mulf %v391, %v1058 fastmath<contract> : f32
          %v1060 = llvm.load %v9 : !llvm.ptr -> f32
          %v1061 = arith.mulf %v398, %v1060 fastmath<contract> : f32
          %v1062 = arith.addf %v1059, %v1061 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v1063, %v1064 = gpu.shuffle xor %v1062, %v780, %v781 : f32
          %v1065 = arith.addf %v1062, %v1063 fastmath<contract> : f32
          %v1066, %v1067 = gpu.shuffle xor %v1065, %v785, %v781 : f32
          %v1068 = arith.addf %v1065, %v1066 fastmath<contract> : f32
          %v1069, %v1070 = gpu.shuffle xor %v1068, %v789, %v781 : f32
          %v1071 = arith.addf %v1068, %v1069 fastmath<contract> : f32
          // end sum over the lanes
          %v1072 = arith.addi %v56, %v231 : i64
          %v1073, %v1074 = gpu.shuffle idx %v663, %v740, %v747 : f32
          %v1075, %v1076 = gpu.shuffle idx %v670, %v740, %v747 : f32
          %v1077, %v1078 = gpu.shuffle idx %v682, %v740, %v747 : f32
          %v1079 = arith.divf %v404, %v756 : f32
          %v1080 = arith.mulf %v1075, %v1079 fastmath<contract> : f32
          %v1081 = arith.mulf %v1080, %v1077 fastmath<contract> : f32
          %v1082 = llvm.load %v6 : !llvm.ptr -> f32
          %v1083 = arith.mulf %v1073, %v1082 fastmath<contract> : f32
          %v1084 = arith.addf %v1083, %v1081 fastmath<contract> : f32
          %v1085 = arith.divf %v411, %v756 : f32
          %v1086 = arith.mulf %v1075, %v1085 fastmath<contract> : f32
          %v1087 = arith.mulf %v1086, %v1077 fastmath<contract> : f32
          %v1088 = llvm.load %v7 : !llvm.ptr -> f32
          %v1089 = arith.mulf %v1073, %v1088 fastmath<contract> : f32
          %v1090 = arith.addf %v1089, %v1087 fastmath<contract> : f32
          %v1091 = llvm.load %v8 : !llvm.ptr -> f32
          %v1092 = arith.mulf %v1073, %v1091 fastmath<contract> : f32
          %v1093 = arith.addf %v1092, %v1080 fastmath<contract> : f32
          %v1094 = llvm.load %v9 : !llvm.ptr -> f32
          %v1095 = arith.mulf %v1073, %v1094 fastmath<contract> : f32
          %v1096 = arith.addf %v1095, %v1086 fastmath<contract> : f32
          llvm.store %v1084, %v6 : f32, !llvm.ptr
          llvm.store %v1090, %v7 : f32, !llvm.ptr
          llvm.store %v1093, %v8 : f32, !llvm.ptr
          llvm.store %v1096, %v9 : f32, !llvm.ptr
          %v1097 = llvm.load %v6 : !llvm.ptr -> f32
          %v1098 = arith.mulf %v416, %v1097 fastmath<contract> : f32
          %v1099 = llvm.load %v7 : !llvm.ptr -> f32
          %v1100 = arith.mulf %v423, %v1099 fastmath<contract> : f32
          %v1101 = arith.addf %v1098, %v1100 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v1102, %v1103 = gpu.shuffle xor %v1101, %v780, %v781 : f32
          %v1104 = arith.addf %v1101, %v1102 fastmath<contract> : f32
          %v1105, %v1106 = gpu.shuffle xor %v1104, %v785, %v781 : f32
          %v1107 = arith.addf %v1104, %v1105 fastmath<contract> : f32
          %v1108, %v1109 = gpu.shuffle xor %v1107, %v789, %v781 : f32
          %v1110 = arith.addf %v1107, %v1108 fastmath<contract> : f32
          // end sum over the lanes
          %v1111 = llvm.load %v8 : !llvm.ptr -> f32
          %v1112 = arith.mulf %v416, %v1111 fastmath<contract> : f32
          %v1113 = llvm.load %v9 : !llvm.ptr -> f32
          %v1114 = arith.mulf %v423, %v1113 fastmath<contract> : f32
          %v1115 = arith.addf %v1112, %v1114 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v1116, %v1117 = gpu.shuffle xor %v1115, %v780, %v781 : f32
          %v1118 = arith.addf %v1115, %v1116 fastmath<contract> : f32
          %v1119, %v1120 = gpu.shuffle xor %v1118, %v785, %v781 : f32
          %v1121 = arith.addf %v1118, %v1119 fastmath<contract> : f32
          %v1122, %v1123 = gpu.shuffle xor %v1121, %v789, %v781 : f32
          %v1124 = arith.addf %v1121, %v1122 fastmath<contract> : f32
          // end sum over the lanes
          %v1125 = arith.addi %v56, %v233 : i64
          %v1126, %v1127 = gpu.shuffle idx %v663, %v744, %v747 : f32
          %v1128, %v1129 = gpu.shuffle idx %v670, %v744, %v747 : f32
          %v1130, %v1131 = gpu.shuffle idx %v682, %v744, %v747 : f32
          %v1132 = arith.divf %v429, %v756 : f32
          %v1133 = arith.mulf %v1128, %v1132 fastmath<contract> : f32
          %v1134 = arith.mulf %v1133, %v1130 fastmath<contract> : f32
          %v1135 = llvm.load %v6 : !llvm.ptr -> f32
          %v1136 = arith.mulf %v1126, %v1135 fastmath<contract> : f32
          %v1137 = arith.addf %v1136, %v1134 fastmath<contract> : f32
          %v1138 = arith.divf %v436, %v756 : f32
          %v1139 = arith.mulf %v1128, %v1138 fastmath<contract> : f32
          %v1140 = arith.mulf %v1139, %v1130 fastmath<contract> : f32
          %v1141 = llvm.load %v7 : !llvm.ptr -> f32
          %v1142 = arith.mulf %v1126, %v1141 fastmath<contract> : f32
          %v1143 = arith.addf %v1142, %v1140 fastmath<contract> : f32
          %v1144 = llvm.load %v8 : !llvm.ptr -> f32
          %v1145 = arith.mulf %v1126, %v1144 fastmath<contract> : f32
          %v1146 = arith.addf %v1145, %v1133 fastmath<contract> : f32
          %v1147 = llvm.load %v9 : !llvm.ptr -> f32
          %v1148 = arith.mulf %v1126, %v1147 fastmath<contract> : f32
          %v1149 = arith.addf %v1148, %v1139 fastmath<contract> : f32
          llvm.store %v1137, %v6 : f32, !llvm.ptr
          llvm.store %v1143, %v7 : f32, !llvm.ptr
          llvm.store %v1146, %v8 : f32, !llvm.ptr
          llvm.store %v1149, %v9 : f32, !llvm.ptr
          %v1150 = llvm.load %v6 : !llvm.ptr -> f32
          %v1151 = arith.mulf %v441, %v1150 fastmath<contract> : f32
          %v1152 = llvm.load %v7 : !llvm.ptr -> f32
          %v1153 = arith.mulf %v448, %v1152 fastmath<contract> : f32
          %v1154 = arith.addf %v1151, %v1153 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v1155, %v1156 = gpu.shuffle xor %v1154, %v780, %v781 : f32
          %v1157 = arith.addf %v1154, %v1155 fastmath<contract> : f32
          %v1158, %v1159 = gpu.shuffle xor %v1157, %v785, %v781 : f32
          %v1160 = arith.addf %v1157, %v1158 fastmath<contract> : f32
          %v1161, %v1162 = gpu.shuffle xor %v1160, %v789, %v781 : f32
          %v1163 = arith.addf %v1160, %v1161 fastmath<contract> : f32
          // end sum over the lanes
          %v1164 = llvm.load %v8 : !llvm.ptr -> f32
          %v1165 = arith.mulf %v441, %v1164 fastmath<contract> : f32
          %v1166 = llvm.load %v9 : !llvm.ptr -> f32
          %v1167 = arith.mulf %v448, %v1166 fastmath<contract> : f32
          %v1168 = arith.addf %v1165, %v1167 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v1169, %v1170 = gpu.shuffle xor %v1168, %v780, %v781 : f32
          %v1171 = arith.addf %v1168, %v1169 fastmath<contract> : f32
          %v1172, %v1173 = gpu.shuffle xor %v1171, %v785, %v781 : f32
          %v1174 = arith.addf %v1171, %v1172 fastmath<contract> : f32
          %v1175, %v1176 = gpu.shuffle xor %v1174, %v789, %v781 : f32
          %v1177 = arith.addf %v1174, %v1175 fastmath<contract> : f32
          // end sum over the lanes
          %v1178 = arith.addi %v56, %v234 : i64
          %v1179, %v1180 = gpu.shuffle idx %v695, %v716, %v747 : f32
          %v1181, %v1182 = gpu.shuffle idx %v702, %v716, %v747 : f32
          %v1183, %v1184 = gpu.shuffle idx %v711, %v716, %v747 : f32
          %v1185 = arith.divf %v454, %v756 : f32
          %v1186 = arith.mulf %v1181, %v1185 fastmath<contract> : f32
          %v1187 = arith.mulf %v1186, %v1183 fastmath<contract> : f32
          %v1188 = llvm.load %v6 : !llvm.ptr -> f32
          %v1189 = arith.mulf %v1179, %v1188 fastmath<contract> : f32
          %v1190 = arith.addf %v1189, %v1187 fastmath<contract> : f32
          %v1191 = arith.divf %v461, %v756 : f32
          %v1192 = arith.mulf %v1181, %v1191 fastmath<contract> : f32
          %v1193 = arith.mulf %v1192, %v1183 fastmath<contract> : f32
          %v1194 = llvm.load %v7 : !llvm.ptr -> f32
          %v1195 = arith.mulf %v1179, %v1194 fastmath<contract> : f32
          %v1196 = arith.addf %v1195, %v1193 fastmath<contract> : f32
          %v1197 = llvm.load %v8 : !llvm.ptr -> f32
          %v1198 = arith.mulf %v1179, %v1197 fastmath<contract> : f32
          %v1199 = arith.addf %v1198, %v1186 fastmath<contract> : f32
          %v1200 = llvm.load %v9 : !llvm.ptr -> f32
          %v1201 = arith.mulf %v1179, %v1200 fastmath<contract> : f32
          %v1202 = arith.addf %v1201, %v1192 fastmath<contract> : f32
          llvm.store %v1190, %v6 : f32, !llvm.ptr
          llvm.store %v1196, %v7 : f32, !llvm.ptr
          llvm.store %v1199, %v8 : f32, !llvm.ptr
          llvm.store %v1202, %v9 : f32, !llvm.ptr
          %v1203 = llvm.load %v6 : !llvm.ptr -> f32
          %v1204 = arith.mulf %v466, %v1203 fastmath<contract> : f32
          %v1205 = llvm.load %v7 : !llvm.ptr -> f32
          %v1206 = arith.mulf %v473, %v1205 fastmath<contract> : f32
          %v1207 = arith.addf %v1204, %v1206 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v1208, %v1209 = gpu.shuffle xor %v1207, %v780, %v781 : f32
          %v1210 = arith.addf %v1207, %v1208 fastmath<contract> : f32
          %v1211, %v1212 = gpu.shuffle xor %v1210, %v785, %v781 : f32
          %v1213 = arith.addf %v1210, %v1211 fastmath<contract> : f32
          %v1214, %v1215 = gpu.shuffle xor %v1213, %v789, %v781 : f32
          %v1216 = arith.addf %v1213, %v1214 fastmath<contract> : f32
          // end sum over the lanes
          %v1217 = llvm.load %v8 : !llvm.ptr -> f32
          %v1218 = arith.mulf %v466, %v1217 fastmath<contract> : f32
          %v1219 = llvm.load %v9 : !llvm.ptr -> f32
          %v1220 = arith.mulf %v473, %v1219 fastmath<contract> : f32
          %v1221 = arith.addf %v1218, %v1220 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v1222, %v1223 = gpu.shuffle xor %v1221, %v780, %v781 : f32
          %v1224 = arith.addf %v1221, %v1222 fastmath<contract> : f32
          %v1225, %v1226 = gpu.shuffle xor %v1224, %v785, %v781 : f32
          %v1227 = arith.addf %v1224, %v1225 fastmath<contract> : f32
          %v1228, %v1229 = gpu.shuffle xor %v1227, %v789, %v781 : f32
          %v1230 = arith.addf %v1227, %v1228 fastmath<contract> : f32
          // end sum over the lanes
          %v1231 = arith.addi %v56, %v236 : i64
          %v1232, %v1233 = gpu.shuffle idx %v695, %v720, %v747 : f32
          %v1234, %v1235 = gpu.shuffle idx %v702, %v720, %v747 : f32
          %v1236, %v1237 = gpu.shuffle idx %v711, %v720, %v747 : f32
          %v1238 = arith.divf %v479, %v756 : f32
          %v1239 = arith.mulf %v1234, %v1238 fastmath<contract> : f32
          %v1240 = arith.mulf %v1239, %v1236 fastmath<contract> : f32
          %v1241 = llvm.load %v6 : !llvm.ptr -> f32
          %v1242 = arith.mulf %v1232, %v1241 fastmath<contract> : f32
          %v1243 = arith.addf %v1242, %v1240 fastmath<contract> : f32
          %v1244 = arith.divf %v486, %v756 : f32
          %v1245 = arith.mulf %v1234, %v1244 fastmath<contract> : f32
          %v1246 = arith.mulf %v1245, %v1236 fastmath<contract> : f32
          %v1247 = llvm.load %v7 : !llvm.ptr -> f32
          %v1248 = arith.mulf %v1232, %v1247 fastmath<contract> : f32
          %v1249 = arith.addf %v1248, %v1246 fastmath<contract> : f32
          %v1250 = llvm.load %v8 : !llvm.ptr -> f32
          %v1251 = arith.mulf %v1232, %v1250 fastmath<contract> : f32
          %v1252 = arith.addf %v1251, %v1239 fastmath<contract> : f32
          %v1253 = llvm.load %v9 : !llvm.ptr -> f32
          %v1254 = arith.mulf %v1232, %v1253 fastmath<contract> : f32
          %v1255 = arith.addf %v1254, %v1245 fastmath<contract> : f32
          llvm.store %v1243, %v6 : f32, !llvm.ptr
          llvm.store %v1249, %v7 : f32, !llvm.ptr
          llvm.store %v1252, %v8 : f32, !llvm.ptr
          llvm.store %v1255, %v9 : f32, !llvm.ptr
          %v1256 = llvm.load %v6 : !llvm.ptr -> f32
          %v1257 = arith.mulf %v491, %v1256 fastmath<contract> : f32
          %v1258 = llvm.load %v7 : !llvm.ptr -> f32
          %v1259 = arith.mulf %v498, %v1258 fastmath<contract> : f32
          %v1260 = arith.addf %v1257, %v1259 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v1261, %v1262 = gpu.shuffle xor %v1260, %v780, %v781 : f32
          %v1263 = arith.addf %v1260, %v1261 fastmath<contract> : f32
          %v1264, %v1265 = gpu.shuffle xor %v1263, %v785, %v781 : f32
          %v1266 = arith.addf %v1263, %v1264 fastmath<contract> : f32
          %v1267, %v1268 = gpu.shuffle xor %v1266, %v789, %v781 : f32
          %v1269 = arith.addf %v1266, %v1267 fastmath<contract> : f32
          // end sum over the lanes
          %v1270 = llvm.load %v8 : !llvm.ptr -> f32
          %v1271 = arith.mulf %v491, %v1270 fastmath<contract> : f32
          %v1272 = llvm.load %v9 : !llvm.ptr -> f32
          %v1273 = arith.mulf %v498, %v1272 fastmath<contract> : f32
          %v1274 = arith.addf %v1271, %v1273 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v1275, %v1276 = gpu.shuffle xor %v1274, %v780, %v781 : f32
          %v1277 = arith.addf %v1274, %v1275 fastmath<contract> : f32
          %v1278, %v1279 = gpu.shuffle xor %v1277, %v785, %v781 : f32
          %v1280 = arith.addf %v1277, %v1278 fastmath<contract> : f32
          %v1281, %v1282 = gpu.shuffle xor %v1280, %v789, %v781 : f32
          %v1283 = arith.addf %v1280, %v1281 fastmath<contract> : f32
          // end sum over the lanes
          %v1284 = arith.addi %v56, %v238 : i64
          %v1285, %v1286 = gpu.shuffle idx %v695, %v724, %v747 : f32
          %v1287, %v1288 = gpu.shuffle idx %v702, %v724, %v747 : f32
          %v1289, %v1290 = gpu.shuffle idx %v711, %v724, %v747 : f32
          %v1291 = arith.divf %v504, %v756 : f32
          %v1292 = arith.mulf %v1287, %v1291 fastmath<contract> : f32
          %v1293 = arith.mulf %v1292, %v1289 fastmath<contract> : f32
          %v1294 = llvm.load %v6 : !llvm.ptr -> f32
          %v1295 = arith.mulf %v1285, %v1294 fastmath<contract> : f32
          %v1296 = arith.addf %v1295, %v1293 fastmath<contract> : f32
          %v1297 = arith.divf %v511, %v756 : f32
          %v1298 = arith.mulf %v1287, %v1297 fastmath<contract> : f32
          %v1299 = arith.mulf %v1298, %v1289 fastmath<contract> : f32
          %v1300 = llvm.load %v7 : !llvm.ptr -> f32
          %v1301 = arith.mulf %v1285, %v1300 fastmath<contract> : f32
          %v1302 = arith.addf %v1301, %v1299 fastmath<contract> : f32
          %v1303 = llvm.load %v8 : !llvm.ptr -> f32
          %v1304 = arith.mulf %v1285, %v1303 fastmath<contract> : f32
          %v1305 = arith.addf %v1304, %v1292 fastmath<contract> : f32
          %v1306 = llvm.load %v9 : !llvm.ptr -> f32
          %v1307 = arith.mulf %v1285, %v1306 fastmath<contract> : f32
          %v1308 = arith.addf %v1307, %v1298 fastmath<contract> : f32
          llvm.store %v1296, %v6 : f32, !llvm.ptr
          llvm.store %v1302, %v7 : f32, !llvm.ptr
          llvm.store %v1305, %v8 : f32, !llvm.ptr
          llvm.store %v1308, %v9 : f32, !llvm.ptr
          %v1309 = llvm.load %v6 : !llvm.ptr -> f32
          %v1310 = arith.mulf %v516, %v1309 fastmath<contract> : f32
          %v1311 = llvm.load %v7 : !llvm.ptr -> f32
          %v1312 = arith.mulf %v523, %v1311 fastmath<contract> : f32
          %v1313 = arith.addf %v1310, %v1312 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v1314, %v1315 = gpu.shuffle xor %v1313, %v780, %v781 : f32
          %v1316 = arith.addf %v1313, %v1314 fastmath<contract> : f32
          %v1317, %v1318 = gpu.shuffle xor %v1316, %v785, %v781 : f32
          %v1319 = arith.addf %v1316, %v1317 fastmath<contract> : f32
          %v1320, %v1321 = gpu.shuffle xor %v1319, %v789, %v781 : f32
          %v1322 = arith.addf %v1319, %v1320 fastmath<contract> : f32
          // end sum over the lanes
          %v1323 = llvm.load %v8 : !llvm.ptr -> f32
          %v1324 = arith.mulf %v516, %v1323 fastmath<contract> : f32
          %v1325 = llvm.load %v9 : !llvm.ptr -> f32
          %v1326 = arith.mulf %v523, %v1325 fastmath<contract> : f32
          %v1327 = arith.addf %v1324, %v1326 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v1328, %v1329 = gpu.shuffle xor %v1327, %v780, %v781 : f32
          %v1330 = arith.addf %v1327, %v1328 fastmath<contract> : f32
          %v1331, %v1332 = gpu.shuffle xor %v1330, %v785, %v781 : f32
          %v1333 = arith.addf %v1330, %v1331 fastmath<contract> : f32
          %v1334, %v1335 = gpu.shuffle xor %v1333, %v789, %v781 : f32
          %v1336 = arith.addf %v1333, %v1334 fastmath<contract> : f32
          // end sum over the lanes
          %v1337 = arith.addi %v56, %v240 : i64
          %v1338, %v1339 = gpu.shuffle idx %v695, %v728, %v747 : f32
          %v1340, %v1341 = gpu.shuffle idx %v702, %v728, %v747 : f32
          %v1342, %v1343 = gpu.shuffle idx %v711, %v728, %v747 : f32
          %v1344 = arith.divf %v529, %v756 : f32
          %v1345 = arith.mulf %v1340, %v1344 fastmath<contract> : f32
          %v1346 = arith.mulf %v1345, %v1342 fastmath<contract> : f32
          %v1347 = llvm.load %v6 : !llvm.ptr -> f32
          %v1348 = arith.mulf %v1338, %v1347 fastmath<contract> : f32
          %v1349 = arith.addf %v1348, %v1346 fastmath<contract> : f32
          %v1350 = arith.divf %v536, %v756 : f32
          %v1351 = arith.mulf %v1340, %v1350 fastmath<contract> : f32
          %v1352 = arith.mulf %v1351, %v1342 fastmath<contract> : f32
          %v1353 = llvm.load %v7 : !llvm.ptr -> f32
          %v1354 = arith.mulf %v1338, %v1353 fastmath<contract> : f32
          %v1355 = arith.addf %v1354, %v1352 fastmath<contract> : f32
          %v1356 = llvm.load %v8 : !llvm.ptr -> f32
          %v1357 = arith.mulf %v1338, %v1356 fastmath<contract> : f32
          %v1358 = arith.addf %v1357, %v1345 fastmath<contract> : f32
          %v1359 = llvm.load %v9 : !llvm.ptr -> f32
          %v1360 = arith.mulf %v1338, %v1359 fastmath<contract> : f32
          %v1361 = arith.addf %v1360, %v1351 fastmath<contract> : f32
          llvm.store %v1349, %v6 : f32, !llvm.ptr
          llvm.store %v1355, %v7 : f32, !llvm.ptr
          llvm.store %v1358, %v8 : f32, !llvm.ptr
          llvm.store %v1361, %v9 : f32, !llvm.ptr
          %v1362 = llvm.load %v6 : !llvm.ptr -> f32
          %v1363 = arith.mulf %v541, %v1362 fastmath<contract> : f32
          %v1364 = llvm.load %v7 : !llvm.ptr -> f32
          %v1365 = arith.mulf %v548, %v1364 fastmath<contract> : f32
          %v1366 = arith.addf %v1363, %v1365 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v1367, %v1368 = gpu.shuffle xor %v1366, %v780, %v781 : f32
          %v1369 = arith.addf %v1366, %v1367 fastmath<contract> : f32
          %v1370, %v1371 = gpu.shuffle xor %v1369, %v785, %v781 : f32
          %v1372 = arith.addf %v1369, %v1370 fastmath<contract> : f32
          %v1373, %v1374 = gpu.shuffle xor %v1372, %v789, %v781 : f32
          %v1375 = arith.addf %v1372, %v1373 fastmath<contract> : f32
          // end sum over the lanes
          %v1376 = llvm.load %v8 : !llvm.ptr -> f32
          %v1377 = arith.mulf %v541, %v1376 fastmath<contract> : f32
          %v1378 = llvm.load %v9 : !llvm.ptr -> f32
          %v1379 = arith.mulf %v548, %v1378 fastmath<contract> : f32
          %v1380 = arith.addf %v1377, %v1379 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v1381, %v1382 = gpu.shuffle xor %v1380, %v780, %v781 : f32
          %v1383 = arith.addf %v1380, %v1381 fastmath<contract> : f32
          %v1384, %v1385 = gpu.shuffle xor %v1383, %v785, %v781 : f32
          %v1386 = arith.addf %v1383, %v1384 fastmath<contract> : f32
          %v1387, %v1388 = gpu.shuffle xor %v1386, %v789, %v781 : f32
          %v1389 = arith.addf %v1386, %v1387 fastmath<contract> : f32
          // end sum over the lanes
          %v1390 = arith.addi %v56, %v242 : i64
          %v1391, %v1392 = gpu.shuffle idx %v695, %v732, %v747 : f32
          %v1393, %v1394 = gpu.shuffle idx %v702, %v732, %v747 : f32
          %v1395, %v1396 = gpu.shuffle idx %v711, %v732, %v747 : f32
          %v1397 = arith.divf %v554, %v756 : f32
          %v1398 = arith.mulf %v1393, %v1397 fastmath<contract> : f32
          %v1399 = arith.mulf %v1398, %v1395 fastmath<contract> : f32
          %v1400 = llvm.load %v6 : !llvm.ptr -> f32
          %v1401 = arith.mulf %v1391, %v1400 fastmath<contract> : f32
          %v1402 = arith.addf %v1401, %v1399 fastmath<contract> : f32
          %v1403 = arith.divf %v561, %v756 : f32
          %v1404 = arith.mulf %v1393, %v1403 fastmath<contract> : f32
          %v1405 = arith.mulf %v1404, %v1395 fastmath<contract> : f32
          %v1406 = llvm.load %v7 : !llvm.ptr -> f32
          %v1407 = arith.mulf %v1391, %v1406 fastmath<contract> : f32
          %v1408 = arith.addf %v1407, %v1405 fastmath<contract> : f32
          %v1409 = llvm.load %v8 : !llvm.ptr -> f32
          %v1410 = arith.mulf %v1391, %v1409 fastmath<contract> : f32
          %v1411 = arith.addf %v1410, %v1398 fastmath<contract> : f32
          %v1412 = llvm.load %v9 : !llvm.ptr -> f32
          %v1413 = arith.mulf %v1391, %v1412 fastmath<contract> : f32
          %v1414 = arith.addf %v1413, %v1404 fastmath<contract> : f32
          llvm.store %v1402, %v6 : f32, !llvm.ptr
          llvm.store %v1408, %v7 : f32, !llvm.ptr
          llvm.store %v1411, %v8 : f32, !llvm.ptr
          llvm.store %v1414, %v9 : f32, !llvm.ptr
          %v1415 = llvm.load %v6 : !llvm.ptr -> f32
          %v1416 = arith.mulf %v566, %v1415 fastmath<contract> : f32
          %v1417 = llvm.load %v7 : !llvm.ptr -> f32
          %v1418 = arith.mulf %v573, %v1417 fastmath<contract> : f32
          %v1419 = arith.addf %v1416, %v1418 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v1420, %v1421 = gpu.shuffle xor %v1419, %v780, %v781 : f32
          %v1422 = arith.addf %v1419, %v1420 fastmath<contract> : f32
          %v1423, %v1424 = gpu.shuffle xor %v1422, %v785, %v781 : f32
          %v1425 = arith.addf %v1422, %v1423 fastmath<contract> : f32
          %v1426, %v1427 = gpu.shuffle xor %v1425, %v789, %v781 : f32
          %v1428 = arith.addf %v1425, %v1426 fastmath<contract> : f32
          // end sum over the lanes
          %v1429 = llvm.load %v8 : !llvm.ptr -> f32
          %v1430 = arith.mulf %v566, %v1429 fastmath<contract> : f32
          %v1431 = llvm.load %v9 : !llvm.ptr -> f32
          %v1432 = arith.mulf %v573, %v1431 fastmath<contract> : f32
          %v1433 = arith.addf %v1430, %v1432 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v1434, %v1435 = gpu.shuffle xor %v1433, %v780, %v781 : f32
          %v1436 = arith.addf %v1433, %v1434 fastmath<contract> : f32
          %v1437, %v1438 = gpu.shuffle xor %v1436, %v785, %v781 : f32
          %v1439 = arith.addf %v1436, %v1437 fastmath<contract> : f32
          %v1440, %v1441 = gpu.shuffle xor %v1439, %v789, %v781 : f32
          %v1442 = arith.addf %v1439, %v1440 fastmath<contract> : f32
          // end sum over the lanes
          %v1443 = arith.addi %v56, %v244 : i64
          %v1444, %v1445 = gpu.shuffle idx %v695, %v736, %v747 : f32
          %v1446, %v1447 = gpu.shuffle idx %v702, %v736, %v747 : f32
          %v1448, %v1449 = gpu.shuffle idx %v711, %v736, %v747 : f32
          %v1450 = arith.divf %v579, %v756 : f32
          %v1451 = arith.mulf %v1446, %v1450 fastmath<contract> : f32
          %v1452 = arith.mulf %v1451, %v1448 fastmath<contract> : f32
          %v1453 = llvm.load %v6 : !llvm.ptr -> f32
          %v1454 = arith.mulf %v1444, %v1453 fastmath<contract> : f32
          %v1455 = arith.addf %v1454, %v1452 fastmath<contract> : f32
          %v1456 = arith.divf %v586, %v756 : f32
          %v1457 = arith.mulf %v1446, %v1456 fastmath<contract> : f32
          %v1458 = arith.mulf %v1457, %v1448 fastmath<contract> : f32
          %v1459 = llvm.load %v7 : !llvm.ptr -> f32
          %v1460 = arith.mulf %v1444, %v1459 fastmath<contract> : f32
          %v1461 = arith.addf %v1460, %v1458 fastmath<contract> : f32
          %v1462 = llvm.load %v8 : !llvm.ptr -> f32
          %v1463 = arith.mulf %v1444, %v1462 fastmath<contract> : f32
          %v1464 = arith.addf %v1463, %v1451 fastmath<contract> : f32
          %v1465 = llvm.load %v9 : !llvm.ptr -> f32
          %v1466 = arith.mulf %v1444, %v1465 fastmath<contract> : f32
          %v1467 = arith.addf %v1466, %v1457 fastmath<contract> : f32
          llvm.store %v1455, %v6 : f32, !llvm.ptr
          llvm.store %v1461, %v7 : f32, !llvm.ptr
          llvm.store %v1464, %v8 : f32, !llvm.ptr
          llvm.store %v1467, %v9 : f32, !llvm.ptr
          %v1468 = llvm.load %v6 : !llvm.ptr -> f32
          %v1469 = arith.mulf %v591, %v1468 fastmath<contract> : f32
          %v1470 = llvm.load %v7 : !llvm.ptr -> f32
          %v1471 = arith.mulf %v598, %v1470 fastmath<contract> : f32
          %v1472 = arith.addf %v1469, %v1471 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v1473, %v1474 = gpu.shuffle xor %v1472, %v780, %v781 : f32
          %v1475 = arith.addf %v1472, %v1473 fastmath<contract> : f32
          %v1476, %v1477 = gpu.shuffle xor %v1475, %v785, %v781 : f32
          %v1478 = arith.addf %v1475, %v1476 fastmath<contract> : f32
          %v1479, %v1480 = gpu.shuffle xor %v1478, %v789, %v781 : f32
          %v1481 = arith.addf %v1478, %v1479 fastmath<contract> : f32
          // end sum over the lanes
          %v1482 = llvm.load %v8 : !llvm.ptr -> f32
          %v1483 = arith.mulf %v591, %v1482 fastmath<contract> : f32
          %v1484 = llvm.load %v9 : !llvm.ptr -> f32
          %v1485 = arith.mulf %v598, %v1484 fastmath<contract> : f32
          %v1486 = arith.addf %v1483, %v1485 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v1487, %v1488 = gpu.shuffle xor %v1486, %v780, %v781 : f32
          %v1489 = arith.addf %v1486, %v1487 fastmath<contract> : f32
          %v1490, %v1491 = gpu.shuffle xor %v1489, %v785, %v781 : f32
          %v1492 = arith.addf %v1489, %v1490 fastmath<contract> : f32
          %v1493, %v1494 = gpu.shuffle xor %v1492, %v789, %v781 : f32
          %v1495 = arith.addf %v1492, %v1493 fastmath<contract> : f32
          // end sum over the lanes
          %v1496 = arith.addi %v56, %v246 : i64
          %v1497, %v1498 = gpu.shuffle idx %v695, %v740, %v747 : f32
          %v1499, %v1500 = gpu.shuffle idx %v702, %v740, %v747 : f32
          %v1501, %v1502 = gpu.shuffle idx %v711, %v740, %v747 : f32
          %v1503 = arith.divf %v604, %v756 : f32
          %v1504 = arith.mulf %v1499, %v1503 fastmath<contract> : f32
          %v1505 = arith.mulf %v1504, %v1501 fastmath<contract> : f32
          %v1506 = llvm.load %v6 : !llvm.ptr -> f32
          %v1507 = arith.mulf %v1497, %v1506 fastmath<contract> : f32
          %v1508 = arith.addf %v1507, %v1505 fastmath<contract> : f32
          %v1509 = arith.divf %v611, %v756 : f32
          %v1510 = arith.mulf %v1499, %v1509 fastmath<contract> : f32
          %v1511 = arith.mulf %v1510, %v1501 fastmath<contract> : f32
          %v1512 = llvm.load %v7 : !llvm.ptr -> f32
          %v1513 = arith.mulf %v1497, %v1512 fastmath<contract> : f32
          %v1514 = arith.addf %v1513, %v1511 fastmath<contract> : f32
          %v1515 = llvm.load %v8 : !llvm.ptr -> f32
          %v1516 = arith.mulf %v1497, %v1515 fastmath<contract> : f32
          %v1517 = arith.addf %v1516, %v1504 fastmath<contract> : f32
          %v1518 = llvm.load %v9 : !llvm.ptr -> f32
          %v1519 = arith.mulf %v1497, %v1518 fastmath<contract> : f32
          %v1520 = arith.addf %v1519, %v1510 fastmath<contract> : f32
          llvm.store %v1508, %v6 : f32, !llvm.ptr
          llvm.store %v1514, %v7 : f32, !llvm.ptr
          llvm.store %v1517, %v8 : f32, !llvm.ptr
          llvm.store %v1520, %v9 : f32, !llvm.ptr
          %v1521 = llvm.load %v6 : !llvm.ptr -> f32
          %v1522 = arith.mulf %v616, %v1521 fastmath<contract> : f32
          %v1523 = llvm.load %v7 : !llvm.ptr -> f32
          %v1524 = arith.mulf %v623, %v1523 fastmath<contract> : f32
          %v1525 = arith.addf %v1522, %v1524 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v1526, %v1527 = gpu.shuffle xor %v1525, %v780, %v781 : f32
          %v1528 = arith.addf %v1525, %v1526 fastmath<contract> : f32
          %v1529, %v1530 = gpu.shuffle xor %v1528, %v785, %v781 : f32
          %v1531 = arith.addf %v1528, %v1529 fastmath<contract> : f32
          %v1532, %v1533 = gpu.shuffle xor %v1531, %v789, %v781 : f32
          %v1534 = arith.addf %v1531, %v1532 fastmath<contract> : f32
          // end sum over the lanes
          %v1535 = llvm.load %v8 : !llvm.ptr -> f32
          %v1536 = arith.mulf %v616, %v1535 fastmath<contract> : f32
          %v1537 = llvm.load %v9 : !llvm.ptr -> f32
          %v1538 = arith.mulf %v623, %v1537 fastmath<contract> : f32
          %v1539 = arith.addf %v1536, %v1538 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v1540, %v1541 = gpu.shuffle xor %v1539, %v780, %v781 : f32
          %v1542 = arith.addf %v1539, %v1540 fastmath<contract> : f32
          %v1543, %v1544 = gpu.shuffle xor %v1542, %v785, %v781 : f32
          %v1545 = arith.addf %v1542, %v1543 fastmath<contract> : f32
          %v1546, %v1547 = gpu.shuffle xor %v1545, %v789, %v781 : f32
          %v1548 = arith.addf %v1545, %v1546 fastmath<contract> : f32
          // end sum over the lanes
          %v1549 = arith.addi %v56, %v248 : i64
          %v1550, %v1551 = gpu.shuffle idx %v695, %v744, %v747 : f32
          %v1552, %v1553 = gpu.shuffle idx %v702, %v744, %v747 : f32
          %v1554, %v1555 = gpu.shuffle idx %v711, %v744, %v747 : f32
          %v1556 = arith.divf %v629, %v756 : f32
          %v1557 = arith.mulf %v1552, %v1556 fastmath<contract> : f32
          %v1558 = arith.mulf %v1557, %v1554 fastmath<contract> : f32
          %v1559 = llvm.load %v6 : !llvm.ptr -> f32
          %v1560 = arith.mulf %v1550, %v1559 fastmath<contract> : f32
          %v1561 = arith.addf %v1560, %v1558 fastmath<contract> : f32
          %v1562 = arith.divf %v636, %v756 : f32
          %v1563 = arith.mulf %v1552, %v1562 fastmath<contract> : f32
          %v1564 = arith.mulf %v1563, %v1554 fastmath<contract> : f32
          %v1565 = llvm.load %v7 : !llvm.ptr -> f32
          %v1566 = arith.mulf %v1550, %v1565 fastmath<contract> : f32
          %v1567 = arith.addf %v1566, %v1564 fastmath<contract> : f32
          %v1568 = llvm.load %v8 : !llvm.ptr -> f32
          %v1569 = arith.mulf %v1550, %v1568 fastmath<contract> : f32
          %v1570 = arith.addf %v1569, %v1557 fastmath<contract> : f32
          %v1571 = llvm.load %v9 : !llvm.ptr -> f32
          %v1572 = arith.mulf %v1550, %v1571 fastmath<contract> : f32
          %v1573 = arith.addf %v1572, %v1563 fastmath<contract> : f32
          llvm.store %v1561, %v6 : f32, !llvm.ptr
          llvm.store %v1567, %v7 : f32, !llvm.ptr
          llvm.store %v1570, %v8 : f32, !llvm.ptr
          llvm.store %v1573, %v9 : f32, !llvm.ptr
          %v1574 = llvm.load %v6 : !llvm.ptr -> f32
          %v1575 = arith.mulf %v641, %v1574 fastmath<contract> : f32
          %v1576 = llvm.load %v7 : !llvm.ptr -> f32
          %v1577 = arith.mulf %v648, %v1576 fastmath<contract> : f32
          %v1578 = arith.addf %v1575, %v1577 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v1579, %v1580 = gpu.shuffle xor %v1578, %v780, %v781 : f32
          %v1581 = arith.addf %v1578, %v1579 fastmath<contract> : f32
          %v1582, %v1583 = gpu.shuffle xor %v1581, %v785, %v781 : f32
          %v1584 = arith.addf %v1581, %v1582 fastmath<contract> : f32
          %v1585, %v1586 = gpu.shuffle xor %v1584, %v789, %v781 : f32
          %v1587 = arith.addf %v1584, %v1585 fastmath<contract> : f32
          // end sum over the lanes
          %v1588 = llvm.load %v8 : !llvm.ptr -> f32
          %v1589 = arith.mulf %v641, %v1588 fastmath<contract> : f32
          %v1590 = llvm.load %v9 : !llvm.ptr -> f32
          %v1591 = arith.mulf %v648, %v1590 fastmath<contract> : f32
          %v1592 = arith.addf %v1589, %v1591 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v1593, %v1594 = gpu.shuffle xor %v1592, %v780, %v781 : f32
          %v1595 = arith.addf %v1592, %v1593 fastmath<contract> : f32
          %v1596, %v1597 = gpu.shuffle xor %v1595, %v785, %v781 : f32
          %v1598 = arith.addf %v1595, %v1596 fastmath<contract> : f32
          %v1599, %v1600 = gpu.shuffle xor %v1598, %v789, %v781 : f32
          %v1601 = arith.addf %v1598, %v1599 fastmath<contract> : f32
          // end sum over the lanes
          %v1602 = arith.addi %v56, %v650 : i64
          %v1603 = arith.select %v722, %v845, %v792 : f32
          %v1604 = arith.select %v726, %v898, %v1603 : f32
          %v1605 = arith.select %v730, %v951, %v1604 : f32
          %v1606 = arith.select %v734, %v1004, %v1605 : f32
          %v1607 = arith.select %v738, %v1057, %v1606 : f32
          %v1608 = arith.select %v742, %v1110, %v1607 : f32
          %v1609 = arith.select %v746, %v1163, %v1608 : f32
          %v1610 = arith.select %v722, %v859, %v806 : f32
          %v1611 = arith.select %v726, %v912, %v1610 : f32
          %v1612 = arith.select %v730, %v965, %v1611 : f32
          %v1613 = arith.select %v734, %v1018, %v1612 : f32
          %v1614 = arith.select %v738, %v1071, %v1613 : f32
          %v1615 = arith.select %v742, %v1124, %v1614 : f32
          %v1616 = arith.select %v746, %v1177, %v1615 : f32
          %v1617 = llvm.call_intrinsic "llvm.fabs.f32"(%v1616) : (f32) -> f32
          %v1618 = arith.maximumf %v657, %v1617 : f32
          %v1619 = arith.divf %v1609, %v1618 : f32
          scf.if %v29 {
            %v1620 = arith.muli %v39, %v673 : i64
            %v1621 = arith.muli %v1602, %v672 : i64
            %v1622 = arith.addi %v1620, %v1621 : i64
            %v1623 = arith.muli %v37, %v671 : i64
            %v1624 = arith.addi %v1622, %v1623 : i64
            %v1625 = arith.muli %v35, %v2 : i64
            %v1626 = arith.addi %v1624, %v1625 : i64
            %v1627 = llvm.getelementptr %out_o[%v1626] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v1619, %v1627 : f32, !llvm.ptr
          }
          %v1628 = arith.addi %v56, %v684 : i64
          %v1629 = arith.select %v722, %v1269, %v1216 : f32
          %v1630 = arith.select %v726, %v1322, %v1629 : f32
          %v1631 = arith.select %v730, %v1375, %v1630 : f32
          %v1632 = arith.select %v734, %v1428, %v1631 : f32
          %v1633 = arith.select %v738, %v1481, %v1632 : f32
          %v1634 = arith.select %v742, %v1534, %v1633 : f32
          %v1635 = arith.select %v746, %v1587, %v1634 : f32
          %v1636 = arith.select %v722, %v1283, %v1230 : f32
          %v1637 = arith.select %v726, %v1336, %v1636 : f32
          %v1638 = arith.select %v730, %v1389, %v1637 : f32
          %v1639 = arith.select %v734, %v1442, %v1638 : f32
          %v1640 = arith.select %v738, %v1495, %v1639 : f32
          %v1641 = arith.select %v742, %v1548, %v1640 : f32
          %v1642 = arith.select %v746, %v1601, %v1641 : f32
          %v1643 = llvm.call_intrinsic "llvm.fabs.f32"(%v1642) : (f32) -> f32
          %v1644 = arith.maximumf %v657, %v1643 : f32
          %v1645 = arith.divf %v1635, %v1644 : f32
          scf.if %v29 {
            %v1646 = arith.muli %v39, %v673 : i64
            %v1647 = arith.muli %v1628, %v672 : i64
            %v1648 = arith.addi %v1646, %v1647 : i64
            %v1649 = arith.muli %v37, %v671 : i64
            %v1650 = arith.addi %v1648, %v1649 : i64
            %v1651 = arith.muli %v35, %v2 : i64
            %v1652 = arith.addi %v1650, %v1651 : i64
            %v1653 = llvm.getelementptr %out_o[%v1652] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v1645, %v1653 : f32, !llvm.ptr
          }
        }
        %v1654 = arith.muli %v213, %v1 : i64
        %v1655 = arith.index_cast %v1654 : i64 to index
        %v1656 = arith.index_cast %v212 : i64 to index
        %v1657 = arith.index_cast %v2 : i64 to index
        scf.for %v1658 = %v1655 to %v1656 step %v1657 {
          %v1659 = arith.index_cast %v1658 : index to i64
          %v1660 = arith.addi %v56, %v1659 : i64
          %v1661 = arith.muli %v50, %v82 : i64
          %v1662 = arith.subi %v1660, %v56 : i64
          %v1663 = arith.addi %v1661, %v1662 : i64
          %v1664 = llvm.getelementptr %v48[%v1663] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1665 = llvm.load %v1664 : !llvm.ptr -> f32
          %v1666 = arith.negf %v1665 : f32
          %v1667 = arith.mulf %v1666, %v659 fastmath<contract> : f32
          %v1668 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1667) : (f32) -> f32
          %v1669 = arith.addf %v657, %v1668 fastmath<contract> : f32
          %v1670 = arith.divf %v657, %v1669 : f32
          %v1671 = arith.muli %v50, %v82 : i64
          %v1672 = arith.subi %v1660, %v56 : i64
          %v1673 = arith.addi %v1671, %v1672 : i64
          %v1674 = llvm.getelementptr %v46[%v1673] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1675 = llvm.load %v1674 : !llvm.ptr -> f32
          %v1676 = arith.mulf %v1675, %v659 fastmath<contract> : f32
          %v1677 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1676) : (f32) -> f32
          %v1678 = arith.muli %v25, %v82 : i64
          %v1679 = arith.subi %v1660, %v56 : i64
          %v1680 = arith.addi %v1678, %v1679 : i64
          %v1681 = llvm.getelementptr %v44[%v1680] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1682 = llvm.load %v1681 : !llvm.ptr -> f32
          %v1683 = arith.divf %v1682, %v756 : f32
          %v1684 = arith.mulf %v1677, %v1683 fastmath<contract> : f32
          %v1685 = arith.muli %v39, %v673 : i64
          %v1686 = arith.muli %v1660, %v672 : i64
          %v1687 = arith.addi %v1685, %v1686 : i64
          %v1688 = arith.muli %v37, %v671 : i64
          %v1689 = arith.addi %v1687, %v1688 : i64
          %v1690 = arith.muli %v35, %v2 : i64
          %v1691 = arith.addi %v1689, %v1690 : i64
          %v1692 = llvm.getelementptr %in_v[%v1691] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1693 = llvm.load %v1692 : !llvm.ptr -> f32
          %v1694 = arith.mulf %v1684, %v1693 fastmath<contract> : f32
          %v1695 = llvm.load %v6 : !llvm.ptr -> f32
          %v1696 = arith.mulf %v1670, %v1695 fastmath<contract> : f32
          %v1697 = arith.addf %v1696, %v1694 fastmath<contract> : f32
          %v1698 = arith.constant 8 : i64
          %v1699 = arith.addi %v1698, %v25 : i64
          %v1700 = arith.muli %v1699, %v82 : i64
          %v1701 = arith.subi %v1660, %v56 : i64
          %v1702 = arith.addi %v1700, %v1701 : i64
          %v1703 = llvm.getelementptr %v44[%v1702] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1704 = llvm.load %v1703 : !llvm.ptr -> f32
          %v1705 = arith.divf %v1704, %v756 : f32
          %v1706 = arith.mulf %v1677, %v1705 fastmath<contract> : f32
          %v1707 = arith.mulf %v1706, %v1693 fastmath<contract> : f32
          %v1708 = llvm.load %v7 : !llvm.ptr -> f32
          %v1709 = arith.mulf %v1670, %v1708 fastmath<contract> : f32
          %v1710 = arith.addf %v1709, %v1707 fastmath<contract> : f32
          %v1711 = llvm.load %v8 : !llvm.ptr -> f32
          %v1712 = arith.mulf %v1670, %v1711 fastmath<contract> : f32
          %v1713 = arith.addf %v1712, %v1684 fastmath<contract> : f32
          %v1714 = llvm.load %v9 : !llvm.ptr -> f32
          %v1715 = arith.mulf %v1670, %v1714 fastmath<contract> : f32
          %v1716 = arith.addf %v1715, %v1706 fastmath<contract> : f32
          llvm.store %v1697, %v6 : f32, !llvm.ptr
          llvm.store %v1710, %v7 : f32, !llvm.ptr
          llvm.store %v1713, %v8 : f32, !llvm.ptr
          llvm.store %v1716, %v9 : f32, !llvm.ptr
          %v1717 = arith.muli %v25, %v82 : i64
          %v1718 = arith.subi %v1660, %v56 : i64
          %v1719 = arith.addi %v1717, %v1718 : i64
          %v1720 = llvm.getelementptr %v42[%v1719] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1721 = llvm.load %v1720 : !llvm.ptr -> f32
          %v1722 = llvm.load %v6 : !llvm.ptr -> f32
          %v1723 = arith.mulf %v1721, %v1722 fastmath<contract> : f32
          %v1724 = arith.constant 8 : i64
          %v1725 = arith.addi %v1724, %v25 : i64
          %v1726 = arith.muli %v1725, %v82 : i64
          %v1727 = arith.subi %v1660, %v56 : i64
          %v1728 = arith.addi %v1726, %v1727 : i64
          %v1729 = llvm.getelementptr %v42[%v1728] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1730 = llvm.load %v1729 : !llvm.ptr -> f32
          %v1731 = llvm.load %v7 : !llvm.ptr -> f32
          %v1732 = arith.mulf %v1730, %v1731 fastmath<contract> : f32
          %v1733 = arith.addf %v1723, %v1732 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v1734, %v1735 = gpu.shuffle xor %v1733, %v780, %v781 : f32
          %v1736 = arith.addf %v1733, %v1734 fastmath<contract> : f32
          %v1737, %v1738 = gpu.shuffle xor %v1736, %v785, %v781 : f32
          %v1739 = arith.addf %v1736, %v1737 fastmath<contract> : f32
          %v1740, %v1741 = gpu.shuffle xor %v1739, %v789, %v781 : f32
          %v1742 = arith.addf %v1739, %v1740 fastmath<contract> : f32
          // end sum over the lanes
          %v1743 = llvm.load %v8 : !llvm.ptr -> f32
          %v1744 = arith.mulf %v1721, %v1743 fastmath<contract> : f32
          %v1745 = llvm.load %v9 : !llvm.ptr -> f32
          %v1746 = arith.mulf %v1730, %v1745 fastmath<contract> : f32
          %v1747 = arith.addf %v1744, %v1746 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v1748, %v1749 = gpu.shuffle xor %v1747, %v780, %v781 : f32
          %v1750 = arith.addf %v1747, %v1748 fastmath<contract> : f32
          %v1751, %v1752 = gpu.shuffle xor %v1750, %v785, %v781 : f32
          %v1753 = arith.addf %v1750, %v1751 fastmath<contract> : f32
          %v1754, %v1755 = gpu.shuffle xor %v1753, %v789, %v781 : f32
          %v1756 = arith.addf %v1753, %v1754 fastmath<contract> : f32
          // end sum over the lanes
          %v1757 = llvm.call_intrinsic "llvm.fabs.f32"(%v1756) : (f32) -> f32
          %v1758 = arith.maximumf %v657, %v1757 : f32
          %v1759 = arith.divf %v1742, %v1758 : f32
          scf.if %v29 {
            %v1760 = arith.muli %v39, %v673 : i64
            %v1761 = arith.muli %v1660, %v672 : i64
            %v1762 = arith.addi %v1760, %v1761 : i64
            %v1763 = arith.muli %v37, %v671 : i64
            %v1764 = arith.addi %v1762, %v1763 : i64
            %v1765 = arith.muli %v35, %v2 : i64
            %v1766 = arith.addi %v1764, %v1765 : i64
            %v1767 = llvm.getelementptr %out_o[%v1766] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v1759, %v1767 : f32, !llvm.ptr
          }
        }
      }
      gpu.return
    }
  }
}
